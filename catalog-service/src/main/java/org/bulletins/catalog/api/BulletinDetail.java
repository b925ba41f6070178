package org.bulletins.catalog.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.bulletins.catalog.store.BulletinRow;
import org.bulletins.catalog.store.DocumentRow;
import org.bulletins.events.BulletinInfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A bulletin with its table of contents, warnings and documents; a failed one with its {@link Failure}. The
 * documents of a failed bulletin are those of its last good version, if any.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BulletinDetail(String id, String sourceKey, @Nullable String source, @Nullable String contentHash,
                             @Nullable String kind, @Nullable String title, @Nullable String publisher,
                             @Nullable LocalDate publicationDate, @Nullable Integer year, @Nullable Integer issue,
                             @Nullable Integer cumulativeIssue, String status, List<String> warnings,
                             List<BulletinInfo.TocEntry> tableOfContents, List<DocumentSummary> documents,
                             @Nullable Failure failure, Instant receivedAt, @Nullable Instant parsedAt,
                             Instant updatedAt) {

    static BulletinDetail of(BulletinRow row, List<DocumentRow> documents) {
        return new BulletinDetail(row.id(), row.sourceKey(), row.source(), row.contentHash(), row.kind(), row.title(),
                row.publisher(), row.publicationDate(), row.gazetteYear(), row.gazetteIssue(), row.cumulativeIssue(),
                row.status(), row.warnings(), row.tableOfContents(),
                documents.stream().map(DocumentSummary::of).toList(), Failure.of(row), row.receivedAt(),
                row.parsedAt(), row.updatedAt());
    }
}
