package org.bulletins.search.api;

import io.micronaut.serde.annotation.Serdeable;

/** How many matching documents have this value; {@code value} is what the filter parameter takes. */
@Serdeable
public record FacetCount(String value, long count) {
}
