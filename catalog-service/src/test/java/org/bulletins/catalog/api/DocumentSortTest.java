package org.bulletins.catalog.api;

import io.micronaut.data.model.Sort;
import org.bulletins.http.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentSortTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "issuedDate,desc|ISSUED_DATE_DESC", "issuedDate,asc|ISSUED_DATE_ASC", "issuedDate|ISSUED_DATE_ASC",
            "title,asc|TITLE_ASC", "title|TITLE_ASC", "TITLE,DESC|TITLE_DESC", "issuedDate, desc|ISSUED_DATE_DESC"})
    void readsTheSpellingsOfTheSortParameter(String value, DocumentSort expected) {
        assertEquals(expected, DocumentSort.parse(value));
    }

    @Test
    void keepsUndatedDocumentsLastAndBreaksTiesById() {
        assertEquals(List.of(Sort.Order.desc("dated"), Sort.Order.desc("issuedDate"), Sort.Order.asc("id")),
                DocumentSort.parse(DocumentSort.DEFAULT).sort().getOrderBy());
        assertEquals(List.of(Sort.Order.desc("title"), Sort.Order.asc("id")),
                DocumentSort.parse("title,desc").sort().getOrderBy());
    }

    @Test
    void anUnknownSortNamesTheParameterAndTheChoices() {
        ProblemException problem = assertThrows(ProblemException.class, () -> DocumentSort.parse("ordinal,asc"));
        assertEquals("sort", problem.parameter());
        assertEquals("sort 'ordinal,asc' is unknown: use one of issuedDate,desc, issuedDate,asc, title,asc, title,desc",
                problem.getMessage());
    }
}
