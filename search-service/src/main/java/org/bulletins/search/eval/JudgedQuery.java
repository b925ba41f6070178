package org.bulletins.search.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/**
 * A query with the documents a reader judged for it (the format of ../shared/eval/queries-public.json).
 *
 * @param filters search API parameters (issuer, year, kind, …) sent with the query
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JudgedQuery(String id, String query, Map<String, Object> filters, List<Judgment> judgments) {

    public JudgedQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        judgments = judgments == null ? List.of() : List.copyOf(judgments);
    }

    /** grade 3 = the obvious answer, 2 = clearly relevant, 1 = mentions it; unlisted documents are 0. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Judgment(String file, String title, int grade) {
    }

    /** A file of judged queries. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuerySet(String about, List<JudgedQuery> queries) {
    }
}
