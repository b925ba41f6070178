package org.bulletins.search.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answer of {@code GET /api/search}. */
@Serdeable
public record SearchResult(long total, long tookMs, List<SearchHit> hits) {
}
