package org.bulletins.catalog.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.bulletins.catalog.store.ChronicleEntryRow;
import org.bulletins.catalog.store.DocumentRow;
import org.bulletins.events.ParsedDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A document with all its metadata, its body and, for a chronicle, its dated entries. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentDetail(String id, String bulletinId, int ordinal, String title, @Nullable String subtitle,
                             String docType, @Nullable String docNumber, @Nullable String docNumberRaw,
                             @Nullable String issuer, @Nullable LocalDate issuedDate, List<String> addressees,
                             List<String> authors, List<String> attachments, boolean publicRelease,
                             List<ParsedDocument.Section> sections, List<ParsedDocument.ChronicleEntry> entries,
                             String body, String contentHash, int version, Instant createdAt, Instant updatedAt) {

    static DocumentDetail of(DocumentRow row, List<ChronicleEntryRow> entries) {
        return new DocumentDetail(row.id(), row.bulletinId(), row.ordinal(), row.title(), row.subtitle(),
                row.docType(), row.docNumber(), row.docNumberRaw(), row.issuer(), row.issuedDate(), row.addressees(),
                row.authors(), row.attachments(), row.publicRelease(), row.sections(),
                entries.stream().map(e -> new ParsedDocument.ChronicleEntry(e.entryDate(), e.text())).toList(),
                row.body(), row.contentHash(), row.version(), row.createdAt(), row.updatedAt());
    }
}
