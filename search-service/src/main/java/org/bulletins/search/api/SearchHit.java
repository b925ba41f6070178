package org.bulletins.search.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One hit of a search; fields may be null. {@code highlightedTitle} and {@code snippet} are HTML-escaped
 * text in which the matches are wrapped in {@code <em>}; {@code title} is the plain title.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchHit(String id, String title, @Nullable String docNumber, @Nullable String issuer,
                        @Nullable String docType, @Nullable String issuedDate, String bulletinId,
                        @Nullable String snippet, @Nullable String highlightedTitle, @Nullable String kind,
                        @Nullable String bulletinTitle, @Nullable Double score) {
}
