package org.bulletins.search.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One hit of a search; fields may be null. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchHit(String id, String title, @Nullable String docNumber, @Nullable String issuer,
                        @Nullable String docType, @Nullable String issuedDate, String bulletinId,
                        @Nullable String snippet) {
}
