package org.bulletins.search.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answer of {@code GET /api/search/suggest}. */
@Serdeable
public record SuggestResult(List<TitleSuggestion> suggestions) {
}
