package org.bulletins.catalog.ingest;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.bulletins.catalog.store.CatalogWriter;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes parsed documents into the catalog. The offset is committed only after the transaction; a failed
 * write (e.g. PostgreSQL down) is retried with backoff rather than skipped. The group is configurable so that
 * tests read the topic without taking records from the running catalog.
 */
@KafkaListener(groupId = "${catalog.consumer-group}", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = Integer.MAX_VALUE, retryDelay = "1s"))
public class DocumentEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentEventListener.class);

    private final CatalogWriter writer;

    public DocumentEventListener(CatalogWriter writer) {
        this.writer = writer;
    }

    @Topic(Topics.PARSED)
    void receive(@KafkaKey String documentId, DocumentEvent event) {
        if (event.schemaVersion() != DocumentEvent.SCHEMA_VERSION) {
            LOG.error("Skipping document {}: schema version {} is not {}; upgrade catalog-service to read it",
                    documentId, event.schemaVersion(), DocumentEvent.SCHEMA_VERSION);
            return;
        }
        CatalogWriter.Outcome outcome = writer.apply(event);
        LOG.debug("Document {} of bulletin {}: {}", documentId, event.bulletin().id(), outcome);
    }
}
