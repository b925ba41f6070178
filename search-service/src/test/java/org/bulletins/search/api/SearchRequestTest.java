package org.bulletins.search.api;

import org.bulletins.http.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchRequestTest {

    private static SearchRequest request(String q, String year, String from, String to, String kind, String sort) {
        return SearchRequest.of(q, null, null, year, from, to, kind, sort, 0, 10, null, QueryDesign.WORDS_AND_CHARS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "q, ' '",
            "year, abc",
            "year, 99999",
            "from, 2024-13-01",
            "to, yesterday",
            "kind, magazine",
            "sort, popularity"})
    void aBadParameterIsRefusedByName(String parameter, String value) {
        ProblemException problem = assertThrows(ProblemException.class, () -> request(
                parameter.equals("q") ? value : "稀土",
                parameter.equals("year") ? value : null,
                parameter.equals("from") ? value : null,
                parameter.equals("to") ? value : null,
                parameter.equals("kind") ? value : null,
                parameter.equals("sort") ? value : null));
        assertEquals(parameter, problem.parameter());
        assertEquals(400, problem.getStatus().getCode());
    }

    @Test
    void fromAfterToIsRefused() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> request("稀土", null, "2024-12-31", "2024-01-01", null, null));
        assertEquals("from", problem.parameter());
    }

    @Test
    void anOverlongQueryIsRefused() {
        assertEquals("q", assertThrows(ProblemException.class,
                () -> request("稀".repeat(201), null, null, null, null, null)).parameter());
    }

    @Test
    void goodParametersAreRead() {
        SearchRequest r = request(" 稀土 ", "2024", "2024-01-01", "2024-12-31", "gazette", "date");
        assertEquals("稀土", r.query());
        assertEquals(2024, r.filters().year());
        assertEquals(LocalDate.of(2024, 1, 1), r.filters().from());
        assertEquals("gazette", r.filters().kind());
        assertEquals(SortBy.DATE, r.sort());
    }
}
