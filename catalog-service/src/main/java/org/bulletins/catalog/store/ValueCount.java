package org.bulletins.catalog.store;

import io.micronaut.core.annotation.Introspected;

/** One group of an aggregate: a value (a type, an issuer, a year…) and how many rows have it. */
@Introspected
public record ValueCount(String value, long count) {
}
