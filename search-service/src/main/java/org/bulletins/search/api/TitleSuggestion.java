package org.bulletins.search.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A title offered while the user types, with the document it leads to. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TitleSuggestion(String title, String id, @Nullable String docNumber) {
}
