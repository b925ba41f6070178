package org.bulletins.search.support;

import org.bulletins.events.BulletinInfo;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.ParsedDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Document events as ingest-service sends them, for a bulletin whose ids are unique to the test run. */
public final class TestEvents {

    private final String bulletinId = "b-test-" + UUID.randomUUID();
    private final String kind;

    public TestEvents(String kind) {
        this.kind = kind;
    }

    public String bulletinId() {
        return bulletinId;
    }

    /** One event per document, all listing exactly these documents as their bulletin's content. */
    public List<DocumentEvent> version(Instant receivedAt, List<ParsedDocument> documents) {
        BulletinInfo bulletin = new BulletinInfo(bulletinId, bulletinId + ".txt", "test", "hash-" + receivedAt, kind,
                "测试公报", "测试出版者", LocalDate.of(2025, 1, 6), 2024, 12, null, List.of(), List.of(),
                documents.stream().map(ParsedDocument::id).toList(), receivedAt);
        return documents.stream().map(d -> DocumentEvent.of(bulletin, d)).toList();
    }

    public ParsedDocument document(String key, String title, String docType, String docNumber, String issuer,
                                   LocalDate issued, String body) {
        return new ParsedDocument(bulletinId + "-" + key, 1, title, null, docType, docNumber, docNumber, issuer, issued,
                List.of(), List.of(), List.of(), true, body, List.of(), List.of());
    }
}
