package org.bulletins.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** A row of {@code chronicle_entry}: one dated item of a chronicle (大事记). */
@MappedEntity("chronicle_entry")
public record ChronicleEntryRow(@EmbeddedId Key key, @Nullable LocalDate entryDate, String text) {

    @Embeddable
    public record Key(String documentId, int ordinal) {
    }
}
