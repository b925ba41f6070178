package org.bulletins.ingest.api;

import io.micronaut.serde.annotation.Serdeable;
import org.bulletins.ingest.parse.ParsedBulletin;

import java.util.List;

/** What an upload answers: the bulletin as parsed and the documents published for it. */
@Serdeable
public record IngestReceipt(String bulletinId, String sourceKey, String kind, List<DocumentRef> documents,
                            List<String> warnings) {

    @Serdeable
    public record DocumentRef(String id, int ordinal, String title, String docType, String docNumber) {
    }

    static IngestReceipt of(ParsedBulletin parsed) {
        return new IngestReceipt(parsed.bulletin().id(), parsed.bulletin().sourceKey(), parsed.bulletin().kind(),
                parsed.documents().stream()
                        .map(d -> new DocumentRef(d.id(), d.ordinal(), d.title(), d.docType(), d.docNumber()))
                        .toList(),
                parsed.bulletin().warnings());
    }
}
