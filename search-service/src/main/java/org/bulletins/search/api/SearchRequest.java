package org.bulletins.search.api;

import io.micronaut.core.annotation.Nullable;
import org.bulletins.events.BulletinKind;
import org.bulletins.http.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A validated search: every wrong parameter is refused with a 400 naming it and saying what is accepted. */
public record SearchRequest(String query, SearchFilters filters, SortBy sort, int page, int size,
                            QueryDesign design) {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_PAGE_SIZE = 100;
    /** Elasticsearch refuses from + size beyond index.max_result_window. */
    static final int MAX_RESULT_WINDOW = 10_000;

    /** Reads the request parameters as the client sent them. */
    public static SearchRequest of(@Nullable String q, @Nullable String type, @Nullable String issuer,
                                   @Nullable String year, @Nullable String from, @Nullable String to,
                                   @Nullable String kind, @Nullable String sort, int page, int size,
                                   @Nullable String design, QueryDesign defaultDesign) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badParameter("q", "q is empty: give the words to search for, e.g. q=烟花爆竹");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.badParameter("q", "q has " + q.length() + " characters; at most "
                    + MAX_QUERY_LENGTH + " are searched: shorten it");
        }
        if (page < 0) {
            throw ProblemException.badParameter("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badParameter("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) (page + 1) * size > MAX_RESULT_WINDOW) {
            throw ProblemException.badParameter("page", "only the first " + MAX_RESULT_WINDOW
                    + " hits can be paged through: narrow the search with filters");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ProblemException.badParameter("from", "from (" + fromDate + ") is after to (" + toDate + "): swap them");
        }
        SearchFilters filters = new SearchFilters(blankToNull(type), blankToNull(issuer), year(year), fromDate, toDate,
                kind(kind));
        return new SearchRequest(q.strip(), filters, sort(sort), page, size, design(design, defaultDesign));
    }

    public QueryText text() {
        return QueryText.parse(query);
    }

    private static Integer year(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (value < 1900 || value > 2100) {
                throw ProblemException.badParameter("year", "year " + value + " is out of range: give a year like 2024");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("year", "year '" + year + "' is not a number: give a year like 2024");
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, name + " '" + value + "' is not a date: use YYYY-MM-DD, e.g. 2024-12-31");
        }
    }

    private static String kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return BulletinKind.fromCode(kind.strip()).code();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("kind", e.getMessage());
        }
    }

    private static SortBy sort(String sort) {
        try {
            return sort == null || sort.isBlank() ? SortBy.RELEVANCE : SortBy.fromCode(sort.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("sort", e.getMessage());
        }
    }

    private static QueryDesign design(String design, QueryDesign defaultDesign) {
        try {
            return design == null || design.isBlank() ? defaultDesign : QueryDesign.fromCode(design.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("design", e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
