package org.bulletins.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The value of a {@link Topics#PARSED} record: one document of a bulletin together with the bulletin it
 * belongs to. Consumers keep only the documents listed in {@link BulletinInfo#documentIds()} for that
 * bulletin, which is how documents that disappeared from a re-ingested bulletin are removed.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentEvent(int schemaVersion, BulletinInfo bulletin, ParsedDocument document) {

    /** Bumped on any incompatible change; consumers reject versions they do not know. */
    public static final int SCHEMA_VERSION = 1;

    public static DocumentEvent of(BulletinInfo bulletin, ParsedDocument document) {
        return new DocumentEvent(SCHEMA_VERSION, bulletin, document);
    }
}
