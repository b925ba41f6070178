package org.bulletins.search.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.Topics;
import org.bulletins.search.index.IndexManager;
import org.bulletins.search.index.IndexedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes parsed documents in bulk, one request per polled batch, and removes the documents a bulletin
 * no longer holds. Offsets are committed after the bulk succeeded; while Elasticsearch is unreachable
 * the batch is retried with backoff and the consumer does not move on.
 */
@KafkaListener(groupId = "search-service", batch = true, offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = Integer.MAX_VALUE, retryDelay = "1s"))
public class DocumentIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentIndexer.class);

    private final ElasticsearchClient client;
    private final IndexManager indexes;

    public DocumentIndexer(ElasticsearchClient client, IndexManager indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    @Topic(Topics.PARSED)
    void receive(List<DocumentEvent> events) throws IOException {
        List<DocumentEvent> known = events.stream().filter(DocumentIndexer::readable).toList();
        if (known.isEmpty()) {
            return;
        }
        indexes.ensureReady();
        BulkResponse response = client.bulk(b -> b.index(indexes.alias()).operations(known.stream()
                .map(e -> BulkOperation.of(op -> op.index(i -> i.id(e.document().id()).document(IndexedDocument.of(e)))))
                .toList()));
        if (response.errors()) {
            BulkResponseItem failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
            throw new IllegalStateException("Elasticsearch refused document " + failed.id() + ": "
                    + failed.error().reason() + " (the batch will be retried)");
        }
        removeDocumentsNoLongerInTheirBulletin(known);
        LOG.debug("Indexed {} documents", known.size());
    }

    private void removeDocumentsNoLongerInTheirBulletin(List<DocumentEvent> events) throws IOException {
        Map<String, BulletinInfo> latest = new LinkedHashMap<>();
        events.forEach(e -> latest.put(e.bulletin().id(), e.bulletin()));
        for (BulletinInfo bulletin : latest.values()) {
            List<FieldValue> ids = bulletin.documentIds().stream().map(FieldValue::of).toList();
            long deleted = client.deleteByQuery(d -> d.index(indexes.alias()).refresh(true).query(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("bulletinId").value(bulletin.id())))
                    .mustNot(n -> n.terms(t -> t.field("id").terms(v -> v.value(ids))))))).deleted();
            if (deleted > 0) {
                LOG.info("Removed {} documents that bulletin {} no longer holds", deleted, bulletin.id());
            }
        }
    }

    private static boolean readable(DocumentEvent event) {
        if (event.schemaVersion() != DocumentEvent.SCHEMA_VERSION) {
            LOG.error("Skipping document {}: schema version {} is not {}; upgrade search-service to read it",
                    event.document() == null ? "?" : event.document().id(), event.schemaVersion(),
                    DocumentEvent.SCHEMA_VERSION);
            return false;
        }
        return true;
    }
}
