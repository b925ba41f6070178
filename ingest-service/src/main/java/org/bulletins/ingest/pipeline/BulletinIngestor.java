package org.bulletins.ingest.pipeline;

import jakarta.inject.Singleton;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.ParsedDocument;
import org.bulletins.ingest.parse.BulletinParser;
import org.bulletins.ingest.parse.ParsedBulletin;
import org.bulletins.ingest.parse.RawBulletin;
import org.bulletins.ingest.parse.RejectedBulletinException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses a bulletin and publishes one event per document; the one path for Kafka and HTTP input. */
@Singleton
public class BulletinIngestor {

    private static final Logger LOG = LoggerFactory.getLogger(BulletinIngestor.class);

    private final BulletinParser parser;
    private final DocumentEventPublisher publisher;

    public BulletinIngestor(BulletinParser parser, DocumentEventPublisher publisher) {
        this.parser = parser;
        this.publisher = publisher;
    }

    /**
     * @throws RejectedBulletinException when the bulletin is bad input (callers keep it as a dead letter)
     * @throws RuntimeException when publishing failed (callers retry: nothing was acknowledged)
     */
    public ParsedBulletin ingest(RawBulletin raw) throws RejectedBulletinException {
        ParsedBulletin parsed = parser.parse(raw);
        for (ParsedDocument document : parsed.documents()) {
            publisher.publish(document.id(), DocumentEvent.of(parsed.bulletin(), document));
        }
        LOG.info("Ingested '{}' ({}, {} documents, {} warnings)", raw.sourceKey(), parsed.bulletin().kind(),
                parsed.documents().size(), parsed.bulletin().warnings().size());
        return parsed;
    }
}
