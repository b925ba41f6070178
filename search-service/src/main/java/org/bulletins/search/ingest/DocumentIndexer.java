package org.bulletins.search.ingest;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bulletins.events.DocumentEvent;
import org.bulletins.search.index.IndexingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes each polled batch of parsed documents. The offsets are committed only after the batch was written;
 * a failed write is retried with backoff, and if Elasticsearch still cannot take it the consumer is rewound to
 * the batch and paused until Elasticsearch answers (see {@link IndexingPause}): nothing is lost, and the replay
 * duplicates nothing because documents are keyed by id.
 */
@KafkaListener(groupId = "${search.consumer-group:search-service}", clientId = DocumentIndexer.CLIENT_ID,
        batch = true, offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.DISABLED,
        properties = @Property(name = ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, value = "false"))
public class DocumentIndexer {

    static final String CLIENT_ID = "search-indexer";
    private static final Logger LOG = LoggerFactory.getLogger(DocumentIndexer.class);

    private final DocumentWriter writer;
    private final IndexingPause pause;
    private final IndexingConfig config;

    public DocumentIndexer(DocumentWriter writer, IndexingPause pause, IndexingConfig config) {
        this.writer = writer;
        this.pause = pause;
        this.config = config;
    }

    @Topic("${search.topic:documents.parsed}")
    void receive(ConsumerRecords<String, DocumentEvent> records, Consumer<String, DocumentEvent> consumer) {
        List<DocumentEvent> events = new ArrayList<>();
        records.forEach(r -> {
            if (readable(r.value())) {
                events.add(r.value());
            }
        });
        try {
            writeWithRetries(events);
        } catch (Exception e) {
            records.partitions().forEach(p -> consumer.seek(p, records.records(p).get(0).offset()));
            pause.pause(e);
            return;
        }
        // Should this commit fail, the batch is delivered again, which rewrites the same documents.
        consumer.commitSync(nextOffsets(records));
    }

    private void writeWithRetries(List<DocumentEvent> events) throws Exception {
        Duration backoff = config.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                writer.write(events);
                return;
            } catch (Exception e) {
                if (attempt >= config.attempts()) {
                    throw e;
                }
                LOG.warn("Writing {} documents failed (attempt {} of {}: {}); retrying in {} ms", events.size(),
                        attempt, config.attempts(), e.getMessage(), backoff.toMillis());
                Thread.sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<?, ?> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<? extends ConsumerRecord<?, ?>> inPartition = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private static boolean readable(DocumentEvent event) {
        if (event == null) {
            LOG.error("Skipping an empty record: it holds no document event");
            return false;
        }
        if (event.schemaVersion() != DocumentEvent.SCHEMA_VERSION) {
            LOG.error("Skipping document {}: schema version {} is not {}; upgrade search-service to read it",
                    event.document() == null ? "?" : event.document().id(), event.schemaVersion(),
                    DocumentEvent.SCHEMA_VERSION);
            return false;
        }
        return true;
    }
}
