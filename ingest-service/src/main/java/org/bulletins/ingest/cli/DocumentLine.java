package org.bulletins.ingest.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.ParsedDocument;

/** One line of `parse` output: the document's fields, and its bulletin under "bulletin". */
@Serdeable
record DocumentLine(@JsonUnwrapped ParsedDocument document, BulletinInfo bulletin) {
}
