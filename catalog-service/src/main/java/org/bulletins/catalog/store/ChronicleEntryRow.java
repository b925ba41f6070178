package org.bulletins.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDate;

/** A row of {@code chronicle_entry}: one dated item of a chronicle (大事记). */
@MappedEntity("chronicle_entry")
public record ChronicleEntryRow(@EmbeddedId Key key, @Nullable LocalDate entryDate, String text) {

    /** Named columns: without them an embedded id's columns get the prefix {@code key_}. */
    @Embeddable
    public record Key(@MappedProperty("document_id") String documentId, @MappedProperty("ordinal") int ordinal) {
    }
}
