package org.bulletins.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import org.bulletins.events.ParsedDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of {@code document}: one document with all its metadata, versioned by content.
 *
 * @param dated whether it has an issued date; sorted on first so that undated documents come last
 */
@MappedEntity("document")
public record DocumentRow(
        @Id String id,
        String bulletinId,
        int ordinal,
        String title,
        @Nullable String subtitle,
        String docType,
        @Nullable String docNumber,
        @Nullable String docNumberRaw,
        @Nullable String issuer,
        @Nullable LocalDate issuedDate,
        boolean dated,
        @TypeDef(type = DataType.JSON) List<String> addressees,
        @TypeDef(type = DataType.JSON) List<String> authors,
        @TypeDef(type = DataType.JSON) List<String> attachments,
        @TypeDef(type = DataType.JSON) List<ParsedDocument.Section> sections,
        boolean publicRelease,
        String body,
        String contentHash,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    static DocumentRow of(String bulletinId, ParsedDocument d, String contentHash, int version, Instant createdAt,
                          Instant updatedAt) {
        return new DocumentRow(d.id(), bulletinId, d.ordinal(), d.title(), d.subtitle(), d.docType(), d.docNumber(),
                d.docNumberRaw(), d.issuer(), d.issuedDate(), d.issuedDate() != null, d.addressees(), d.authors(), d.attachments(),
                d.sections(), d.publicRelease(), d.body(), contentHash, version, createdAt, updatedAt);
    }
}
