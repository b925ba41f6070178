package org.bulletins.search.api;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * Exact-value filters; each one given narrows the hits and the facet counts.
 *
 * @param type   document type (docType), e.g. 通知
 * @param year   year of the issued date, for an undated document the year of its bulletin
 * @param from   issued on or after
 * @param to     issued on or before
 * @param kind   bulletin kind: gazette, work_report, newspaper, other
 */
public record SearchFilters(@Nullable String type, @Nullable String issuer, @Nullable Integer year,
                            @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String kind) {
}
