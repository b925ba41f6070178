package org.bulletins.search.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/search}.
 *
 * @param facets    counts of the matching documents per type, issuer, year and kind
 * @param docNumber the canonical 文号 when the query was read as a document number and that document was found
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchResult(long total, long tookMs, List<SearchHit> hits, int page, int size,
                           Map<String, List<FacetCount>> facets, @Nullable String docNumber) {
}
