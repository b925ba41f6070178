package org.bulletins.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import org.bulletins.events.BulletinInfo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A row of {@code bulletin}: a bulletin as last received, parsed or failed.
 *
 * @param receivedAt    when its latest version was received (or, for a failure, rejected)
 * @param failureOrigin where the rejected bulletin came from: {@code bulletins.raw-0@42}, or {@code http} for an upload
 * @param deadLetter    the record of {@code bulletins.dlq} holding its raw bytes, e.g. {@code bulletins.dlq-0@7}
 */
@MappedEntity("bulletin")
public record BulletinRow(
        @Id String id,
        String sourceKey,
        @Nullable String source,
        @Nullable String contentHash,
        @Nullable String kind,
        @Nullable String title,
        @Nullable String publisher,
        @Nullable LocalDate publicationDate,
        @Nullable Integer gazetteYear,
        @Nullable Integer gazetteIssue,
        @Nullable Integer cumulativeIssue,
        @TypeDef(type = DataType.JSON) List<BulletinInfo.TocEntry> tableOfContents,
        @TypeDef(type = DataType.JSON) List<String> warnings,
        String status,
        @Nullable String failureCode,
        @Nullable String failureReason,
        @Nullable String failureOrigin,
        @Nullable String deadLetter,
        Instant receivedAt,
        @Nullable Instant parsedAt,
        Instant updatedAt) {

    public static final String PARSED = "parsed";
    public static final String FAILED = "failed";

    static BulletinRow parsed(BulletinInfo bulletin, Instant now) {
        return new BulletinRow(bulletin.id(), bulletin.sourceKey(), bulletin.source(), bulletin.contentHash(),
                bulletin.kind(), bulletin.title(), bulletin.publisher(), bulletin.publicationDate(), bulletin.year(),
                bulletin.issue(), bulletin.cumulativeIssue(), bulletin.tableOfContents(), bulletin.warnings(), PARSED,
                null, null, null, null, storable(bulletin.receivedAt()), now, now);
    }

    static BulletinRow failed(FailedBulletin failure, Instant now) {
        return new BulletinRow(failure.bulletinId(), failure.sourceKey(), null, null, null, null, null, null, null,
                null, null, List.of(), List.of(), FAILED, failure.code(), failure.reason(), failure.origin(),
                failure.deadLetter(), storable(failure.failedAt()), null, now);
    }

    /** PostgreSQL keeps microseconds: comparing with what it gives back needs the same precision. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Same bulletin content and metadata, whatever the bookkeeping times say. */
    boolean sameAs(BulletinRow other) {
        return equals(other.withTimes(parsedAt, updatedAt));
    }

    BulletinRow withTimes(@Nullable Instant parsedAt, Instant updatedAt) {
        return new BulletinRow(id, sourceKey, source, contentHash, kind, title, publisher, publicationDate, gazetteYear,
                gazetteIssue, cumulativeIssue, tableOfContents, warnings, status, failureCode, failureReason,
                failureOrigin, deadLetter, receivedAt, parsedAt, updatedAt);
    }

    /** This bulletin, now failed: its metadata and documents of the last good version stay. */
    BulletinRow withFailure(FailedBulletin failure, Instant now) {
        return new BulletinRow(id, sourceKey, source, contentHash, kind, title, publisher, publicationDate, gazetteYear,
                gazetteIssue, cumulativeIssue, tableOfContents, warnings, FAILED, failure.code(), failure.reason(),
                failure.origin(), failure.deadLetter(), storable(failure.failedAt()), parsedAt, now);
    }
}
