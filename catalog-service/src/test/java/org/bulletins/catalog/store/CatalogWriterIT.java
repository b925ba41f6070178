package org.bulletins.catalog.store;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.bulletins.catalog.CatalogTestSupport;
import org.bulletins.catalog.Events;
import org.bulletins.catalog.store.CatalogWriter.Outcome;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.ParsedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.bulletins.catalog.Events.doc;
import static org.bulletins.catalog.Events.events;
import static org.bulletins.catalog.Events.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The write side against the real PostgreSQL: idempotency, versions, removal, stale events, failures. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogWriterIT implements TestPropertyProvider {

    private static final Instant T1 = Instant.parse("2025-01-02T03:04:05.123456789Z");
    private static final Instant T2 = T1.plusSeconds(3600);
    private static final Instant T3 = T2.plusSeconds(3600);
    private static final String KEY = "gazette-2024-12.txt";
    private static final String BULLETIN = BulletinInfo.idFor(KEY);

    private final ParsedDocument notice = doc("d-notice", "关于禁止燃放烟花爆竹的通告", "通告", "包府发〔2024〕60号",
            "包头市人民政府", LocalDate.of(2024, 12, 24));
    private final ParsedDocument appointment = doc("d-appointment", "关于任免潘大伟等同志职务的通知", "通知",
            "包府发〔2024〕61号", "包头市人民政府", LocalDate.of(2024, 12, 24));

    @Inject
    CatalogWriter writer;
    @Inject
    BulletinRepository bulletins;
    @Inject
    DocumentRepository documents;
    @Inject
    ChronicleEntryRepository entries;

    @Override
    public Map<String, String> getProperties() {
        return CatalogTestSupport.withoutKafka();
    }

    @BeforeEach
    void emptyCatalog() {
        bulletins.deleteAll();
    }

    @Test
    void aNewDocumentIsStoredAsVersionOne() {
        assertEquals(Outcome.CREATED, writer.apply(events(KEY, "gazette", T1, notice).get(0)));

        DocumentRow row = documents.findById(notice.id()).orElseThrow();
        assertEquals(1, row.version());
        assertEquals("包府发〔2024〕60号", row.docNumber());
        assertEquals(BULLETIN, row.bulletinId());
        assertEquals(row.createdAt(), row.updatedAt());
        BulletinRow bulletin = bulletins.findById(BULLETIN).orElseThrow();
        assertEquals(BulletinRow.PARSED, bulletin.status());
        assertEquals(List.of("a warning of " + KEY), bulletin.warnings());
        assertEquals(1, bulletin.tableOfContents().size());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        DocumentEvent event = events(KEY, "gazette", T1, notice, appointment).get(0);
        writer.apply(event);
        DocumentRow before = documents.findById(notice.id()).orElseThrow();
        BulletinRow bulletinBefore = bulletins.findById(BULLETIN).orElseThrow();

        assertEquals(Outcome.UNCHANGED, writer.apply(event));

        assertEquals(before, documents.findById(notice.id()).orElseThrow());
        assertEquals(bulletinBefore, bulletins.findById(BULLETIN).orElseThrow());
    }

    @Test
    void aChangedDocumentGetsANewVersionAndItsUpdateTime() {
        writer.apply(events(KEY, "gazette", T1, notice).get(0));
        DocumentRow first = documents.findById(notice.id()).orElseThrow();

        ParsedDocument changed = Events.withBody(notice, "修订后的正文。");
        assertEquals(Outcome.UPDATED, writer.apply(events(KEY, "gazette", T2, changed).get(0)));

        DocumentRow second = documents.findById(notice.id()).orElseThrow();
        assertEquals(2, second.version());
        assertEquals("修订后的正文。", second.body());
        assertEquals(first.createdAt(), second.createdAt());
        assertTrue(second.updatedAt().isAfter(first.updatedAt()), "updated_at must move on an update");
        assertEquals(T2.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                bulletins.findById(BULLETIN).orElseThrow().receivedAt());
    }

    @Test
    void documentsThatDisappearedFromAReIngestedBulletinAreRemovedWithTheirEntries() {
        ParsedDocument chronicle = Events.withEntries(doc("d-chronicle", "12月大事记", "大事记", null, null, null),
                new ParsedDocument.ChronicleEntry(LocalDate.of(2024, 12, 1), "市政府召开常务会议"));
        events(KEY, "gazette", T1, notice, appointment, chronicle).forEach(writer::apply);
        assertEquals(1, entries.findByKeyDocumentIdOrderByKeyOrdinal(chronicle.id()).size());

        writer.apply(events(KEY, "gazette", T2, notice).get(0));

        assertEquals(List.of(notice.id()),
                documents.findByBulletinIdOrderByOrdinal(BULLETIN).stream().map(DocumentRow::id).toList());
        assertTrue(entries.findByKeyDocumentIdOrderByKeyOrdinal(chronicle.id()).isEmpty());
    }

    @Test
    void anEventOfAnOlderVersionIsIgnored() {
        List<DocumentEvent> version1 = events(KEY, "gazette", T1, notice, appointment);
        writer.apply(version1.get(0));
        writer.apply(events(KEY, "gazette", T2, Events.withBody(notice, "第二版。")).get(0));

        assertEquals(Outcome.STALE, writer.apply(version1.get(1)));
        assertEquals(Outcome.STALE, writer.apply(version1.get(0)));

        assertTrue(documents.findById(appointment.id()).isEmpty(), "a stale event must not bring a document back");
        assertEquals("第二版。", documents.findById(notice.id()).orElseThrow().body());
    }

    @Test
    void aChronicleKeepsItsEntriesInOrderAndReplacesThemOnUpdate() {
        ParsedDocument chronicle = Events.withEntries(doc("d-chronicle", "12月大事记", "大事记", null, null, null),
                new ParsedDocument.ChronicleEntry(LocalDate.of(2024, 12, 1), "第一条"),
                new ParsedDocument.ChronicleEntry(LocalDate.of(2024, 12, 2), "第二条"));
        writer.apply(events(KEY, "gazette", T1, chronicle).get(0));
        writer.apply(events(KEY, "gazette", T2, Events.withEntries(chronicle,
                new ParsedDocument.ChronicleEntry(null, "唯一一条"))).get(0));

        assertEquals(List.of("唯一一条"),
                entries.findByKeyDocumentIdOrderByKeyOrdinal(chronicle.id()).stream().map(ChronicleEntryRow::text).toList());
    }

    @Test
    void aFailedBulletinIsRecordedWithItsReasonAndWhereItsBytesAre() {
        assertEquals(Outcome.CREATED, writer.recordFailure(failure("bin.dat", T1)));

        BulletinRow row = bulletins.findById(BulletinInfo.idFor("bin.dat")).orElseThrow();
        assertEquals(BulletinRow.FAILED, row.status());
        assertEquals("bin.dat", row.sourceKey());
        assertEquals("undecodable", row.failureCode());
        assertEquals("the bytes are not text in any supported charset", row.failureReason());
        assertEquals("bulletins.raw-1@42", row.failureOrigin());
        assertEquals("bulletins.dlq-0@7", row.deadLetter());
        assertEquals(Outcome.UNCHANGED, writer.recordFailure(failure("bin.dat", T1)));
    }

    @Test
    void aLaterSuccessClearsTheFailure() {
        writer.recordFailure(failure(KEY, T1));

        writer.apply(events(KEY, "gazette", T2, notice).get(0));

        BulletinRow row = bulletins.findById(BULLETIN).orElseThrow();
        assertEquals(BulletinRow.PARSED, row.status());
        assertNull(row.failureCode());
        assertNull(row.failureReason());
        assertNull(row.failureOrigin());
        assertNull(row.deadLetter());
        assertEquals(1, documents.findByBulletinIdOrderByOrdinal(BULLETIN).size());
    }

    @Test
    void aFailureAfterASuccessKeepsTheDocumentsAndAnOlderFailureIsIgnored() {
        writer.apply(events(KEY, "gazette", T2, notice).get(0));

        assertEquals(Outcome.STALE, writer.recordFailure(failure(KEY, T1)));
        assertEquals(BulletinRow.PARSED, bulletins.findById(BULLETIN).orElseThrow().status());

        assertEquals(Outcome.UPDATED, writer.recordFailure(failure(KEY, T3)));
        BulletinRow row = bulletins.findById(BULLETIN).orElseThrow();
        assertEquals(BulletinRow.FAILED, row.status());
        assertEquals("gazette", row.kind(), "the metadata of the last good version stays");
        assertTrue(documents.findById(notice.id()).isPresent(), "the documents of the last good version stay");
        assertEquals(Outcome.STALE, writer.apply(events(KEY, "gazette", T2, notice).get(0)));
    }
}
