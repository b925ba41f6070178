package org.bulletins.catalog.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.bulletins.catalog.store.BulletinRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A bulletin in a list: what it is, where it came from, whether it was parsed, and why not. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BulletinSummary(String id, String sourceKey, @Nullable String source, @Nullable String kind,
                              @Nullable String title, @Nullable String publisher, @Nullable LocalDate publicationDate,
                              @Nullable Integer year, @Nullable Integer issue, @Nullable Integer cumulativeIssue,
                              String status, List<String> warnings, @Nullable String failureCode,
                              @Nullable String failureReason, Instant receivedAt, @Nullable Instant parsedAt) {

    static BulletinSummary of(BulletinRow row) {
        return new BulletinSummary(row.id(), row.sourceKey(), row.source(), row.kind(), row.title(), row.publisher(),
                row.publicationDate(), row.gazetteYear(), row.gazetteIssue(), row.cumulativeIssue(), row.status(),
                row.warnings(), row.failureCode(), row.failureReason(), row.receivedAt(), row.parsedAt());
    }
}
