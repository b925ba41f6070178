package org.bulletins.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import org.bulletins.events.BulletinInfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of {@code bulletin}: a bulletin as last received, parsed or failed. */
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
        Instant receivedAt,
        @Nullable Instant parsedAt,
        Instant updatedAt) {

    public static final String PARSED = "parsed";
    public static final String FAILED = "failed";

    static BulletinRow parsed(BulletinInfo bulletin, Instant now) {
        return new BulletinRow(bulletin.id(), bulletin.sourceKey(), bulletin.source(), bulletin.contentHash(),
                bulletin.kind(), bulletin.title(), bulletin.publisher(), bulletin.publicationDate(), bulletin.year(),
                bulletin.issue(), bulletin.cumulativeIssue(), bulletin.tableOfContents(), bulletin.warnings(), PARSED,
                null, null, null, bulletin.receivedAt(), now, now);
    }

    /** Same bulletin content and metadata, whatever the bookkeeping times say. */
    boolean sameAs(BulletinRow other) {
        return equals(other.withTimes(parsedAt, updatedAt));
    }

    BulletinRow withTimes(@Nullable Instant parsedAt, Instant updatedAt) {
        return new BulletinRow(id, sourceKey, source, contentHash, kind, title, publisher, publicationDate, gazetteYear,
                gazetteIssue, cumulativeIssue, tableOfContents, warnings, status, failureCode, failureReason,
                failureOrigin, receivedAt, parsedAt, updatedAt);
    }

    BulletinRow failed(String code, String reason, String origin, Instant failedAt, Instant now) {
        return new BulletinRow(id, sourceKey, source, contentHash, kind, title, publisher, publicationDate, gazetteYear,
                gazetteIssue, cumulativeIssue, tableOfContents, warnings, FAILED, code, reason, origin, failedAt,
                parsedAt, now);
    }
}
