package org.bulletins.catalog.api;

import org.bulletins.http.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParamsTest {

    @ParameterizedTest
    @ValueSource(strings = {"包府发〔2024〕60号", "包府发[2024]60号", "包府发(2024)60号", "包府发（2024）60号", "包府发2024-60",
            "包府发【2024】60号", "包府发〔2024〕第60号"})
    void aDocumentNumberIsReadInAnyUsualSpelling(String spelling) {
        assertEquals("包府发〔2024〕60号", Params.docNumber(spelling));
    }

    @Test
    void blankParametersAreNoFilter() {
        assertNull(Params.docNumber(" "));
        assertNull(Params.date("from", ""));
        assertNull(Params.status(null));
        assertNull(Params.kind(""));
    }

    @Test
    void datesAreIso() {
        assertEquals(LocalDate.of(2024, 12, 24), Params.date("from", "2024-12-24"));
        ProblemException problem = assertThrows(ProblemException.class, () -> Params.date("to", "2024/12/24"));
        assertEquals("to", problem.parameter());
    }

    @Test
    void kindsAreTheBulletinKindCodes() {
        assertEquals("work_report", Params.kind("work_report"));
        assertEquals("kind", assertThrows(ProblemException.class, () -> Params.kind("magazine")).parameter());
    }
}
