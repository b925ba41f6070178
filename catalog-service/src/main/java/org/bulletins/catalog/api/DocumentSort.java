package org.bulletins.catalog.api;

import io.micronaut.data.model.Sort;
import org.bulletins.http.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders of a document list, named as the {@code sort} parameter spells them. Undated documents come
 * last in both date orders; ties are broken by id so that pages never overlap.
 */
enum DocumentSort {
    ISSUED_DATE_DESC("issuedDate,desc", Sort.Order.desc("issuedDate")),
    ISSUED_DATE_ASC("issuedDate,asc", Sort.Order.asc("issuedDate")),
    TITLE_ASC("title,asc", Sort.Order.asc("title")),
    TITLE_DESC("title,desc", Sort.Order.desc("title"));

    static final String DEFAULT = "issuedDate,desc";

    private final String spelling;
    private final Sort sort;

    DocumentSort(String spelling, Sort.Order order) {
        this.spelling = spelling;
        Sort.Order byId = Sort.Order.asc("id");
        this.sort = order.getProperty().equals("issuedDate")
                ? Sort.of(Sort.Order.desc("dated"), order, byId)
                : Sort.of(order, byId);
    }

    Sort sort() {
        return sort;
    }

    /** Reads {@code issuedDate,desc}; the direction may be left out ({@code issuedDate} is ascending). */
    static DocumentSort parse(String value) {
        String text = value.strip();
        String spelled = text.contains(",") ? text : text + ",asc";
        return Arrays.stream(values())
                .filter(s -> s.spelling.equalsIgnoreCase(spelled.replace(" ", "")))
                .findFirst()
                .orElseThrow(() -> ProblemException.badParameter("sort", "sort '" + text + "' is unknown: use one of "
                        + Arrays.stream(values()).map(s -> s.spelling).collect(Collectors.joining(", "))));
    }
}
