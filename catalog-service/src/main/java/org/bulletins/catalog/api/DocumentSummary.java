package org.bulletins.catalog.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.bulletins.catalog.store.DocumentRow;

import java.time.Instant;
import java.time.LocalDate;

/** A document in a list: its metadata without the body. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentSummary(String id, String bulletinId, int ordinal, String title, @Nullable String subtitle,
                              String docType, @Nullable String docNumber, @Nullable String issuer,
                              @Nullable LocalDate issuedDate, int version, Instant updatedAt) {

    static DocumentSummary of(DocumentRow row) {
        return new DocumentSummary(row.id(), row.bulletinId(), row.ordinal(), row.title(), row.subtitle(),
                row.docType(), row.docNumber(), row.issuer(), row.issuedDate(), row.version(), row.updatedAt());
    }
}
