package org.bulletins.catalog.store;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.ParsedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Applies events to the catalog idempotently: a re-delivered event changes nothing, a changed document
 * gets a new version, and documents its bulletin no longer holds are removed.
 */
@Singleton
public class CatalogWriter {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogWriter.class);

    private final BulletinRepository bulletins;
    private final DocumentRepository documents;
    private final ChronicleEntryRepository entries;
    private final ObjectMapper json;
    private final Clock clock;

    public CatalogWriter(BulletinRepository bulletins, DocumentRepository documents, ChronicleEntryRepository entries,
                         ObjectMapper json, Clock clock) {
        this.bulletins = bulletins;
        this.documents = documents;
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /** What applying an event did, for logs and tests. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, STALE }

    @Transactional
    public Outcome apply(DocumentEvent event) {
        BulletinInfo bulletin = event.bulletin();
        Instant now = clock.instant();
        Optional<BulletinRow> stored = bulletins.findById(bulletin.id());
        if (stored.isPresent() && stored.get().receivedAt().isAfter(BulletinRow.storable(bulletin.receivedAt()))) {
            LOG.info("Ignoring an event of an older version of bulletin {} ({})", bulletin.id(), bulletin.sourceKey());
            return Outcome.STALE;
        }
        BulletinRow row = BulletinRow.parsed(bulletin, now);
        if (stored.isEmpty()) {
            bulletins.save(row);
        } else if (!stored.get().sameAs(row)) {
            bulletins.update(row);
        }
        int removed = documents.deleteByBulletinIdAndIdNotInList(bulletin.id(), bulletin.documentIds());
        if (removed > 0) {
            LOG.info("Removed {} documents that bulletin {} no longer holds", removed, bulletin.id());
        }
        return upsert(bulletin.id(), event.document(), now);
    }

    private Outcome upsert(String bulletinId, ParsedDocument document, Instant now) {
        String hash = contentHash(document);
        Optional<DocumentRow> stored = documents.findById(document.id());
        if (stored.isPresent() && stored.get().contentHash().equals(hash)) {
            return Outcome.UNCHANGED;
        }
        if (stored.isPresent()) {
            documents.update(DocumentRow.of(bulletinId, document, hash, stored.get().version() + 1,
                    stored.get().createdAt(), now));
            entries.deleteByKeyDocumentId(document.id());
        } else {
            documents.save(DocumentRow.of(bulletinId, document, hash, 1, now, now));
        }
        List<ParsedDocument.ChronicleEntry> items = document.entries();
        entries.saveAll(IntStream.range(0, items.size())
                .mapToObj(i -> new ChronicleEntryRow(new ChronicleEntryRow.Key(document.id(), i + 1),
                        items.get(i).date(), items.get(i).text()))
                .toList());
        return stored.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    /**
     * Records a bulletin that could not be parsed; its documents of an earlier good version stay. A failure
     * older than what is stored (e.g. a re-delivered dead letter after a later success) changes nothing.
     */
    @Transactional
    public Outcome recordFailure(FailedBulletin failure) {
        Instant now = clock.instant();
        Optional<BulletinRow> stored = bulletins.findById(failure.bulletinId());
        if (stored.isEmpty()) {
            bulletins.save(BulletinRow.failed(failure, now));
            return Outcome.CREATED;
        }
        if (!stored.get().receivedAt().isBefore(BulletinRow.storable(failure.failedAt()))) {
            return stored.get().receivedAt().equals(BulletinRow.storable(failure.failedAt()))
                    ? Outcome.UNCHANGED : Outcome.STALE;
        }
        bulletins.update(stored.get().withFailure(failure, now));
        return Outcome.UPDATED;
    }

    private String contentHash(ParsedDocument document) {
        try {
            byte[] bytes = json.writeValueAsBytes(document);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
