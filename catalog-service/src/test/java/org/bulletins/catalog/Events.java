package org.bulletins.catalog;

import io.micronaut.core.annotation.Nullable;
import org.bulletins.catalog.store.FailedBulletin;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.ParsedDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Events as the ingest-service sends them, for tests. */
public final class Events {

    private Events() {
    }

    public static ParsedDocument doc(String id, String title, String type, @Nullable String docNumber,
                                     @Nullable String issuer, @Nullable LocalDate issued) {
        return new ParsedDocument(id, 1, title, null, type, docNumber, docNumber, issuer, issued, List.of("各旗县区人民政府"),
                List.of(), List.of(), true, title + "。正文。", List.of(new ParsedDocument.Section(1, "一、总则")), List.of());
    }

    public static ParsedDocument withBody(ParsedDocument d, String body) {
        return new ParsedDocument(d.id(), d.ordinal(), d.title(), d.subtitle(), d.docType(), d.docNumber(),
                d.docNumberRaw(), d.issuer(), d.issuedDate(), d.addressees(), d.authors(), d.attachments(),
                d.publicRelease(), body, d.sections(), d.entries());
    }

    public static ParsedDocument withEntries(ParsedDocument d, ParsedDocument.ChronicleEntry... entries) {
        return new ParsedDocument(d.id(), d.ordinal(), d.title(), d.subtitle(), d.docType(), d.docNumber(),
                d.docNumberRaw(), d.issuer(), d.issuedDate(), d.addressees(), d.authors(), d.attachments(),
                d.publicRelease(), d.body(), d.sections(), List.of(entries));
    }

    public static BulletinInfo bulletin(String sourceKey, String kind, Instant receivedAt, ParsedDocument... documents) {
        return new BulletinInfo(BulletinInfo.idFor(sourceKey), sourceKey, "test", "hash-of-" + sourceKey + receivedAt,
                kind, "公报 " + sourceKey, "包头市人民政府办公室", LocalDate.of(2024, 12, 31), 2024, 12, 300,
                List.of(new BulletinInfo.TocEntry("市政府文件", documents.length == 0 ? "无" : documents[0].title(), 3)),
                List.of("a warning of " + sourceKey),
                Arrays.stream(documents).map(ParsedDocument::id).toList(), receivedAt);
    }

    /** One event per document of the bulletin, as the ingest-service sends them. */
    public static List<DocumentEvent> events(String sourceKey, String kind, Instant receivedAt,
                                             ParsedDocument... documents) {
        BulletinInfo bulletin = bulletin(sourceKey, kind, receivedAt, documents);
        return Arrays.stream(documents).map(d -> DocumentEvent.of(bulletin, d)).toList();
    }

    public static FailedBulletin failure(String sourceKey, Instant failedAt) {
        return new FailedBulletin(BulletinInfo.idFor(sourceKey), sourceKey, "undecodable",
                "the bytes are not text in any supported charset", "bulletins.raw-1@42", "bulletins.dlq-0@7", failedAt);
    }
}
