package org.bulletins.search.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pauses the indexer's consumer while Elasticsearch cannot take writes and resumes it when Elasticsearch
 * answers again: the consumer keeps polling (so Kafka keeps it in the group) but receives nothing, instead of
 * failing the same batch over and over.
 */
@Singleton
public class IndexingPause {

    private static final Logger LOG = LoggerFactory.getLogger(IndexingPause.class);

    private final ConsumerRegistry consumers;
    private final ElasticsearchClient client;
    private final AtomicReference<Paused> paused = new AtomicReference<>();

    public IndexingPause(ConsumerRegistry consumers, ElasticsearchClient client) {
        this.consumers = consumers;
        this.client = client;
    }

    /** Called by the indexer on its own thread, after it rewound the consumer to the failed batch. */
    void pause(Exception cause) {
        paused.set(new Paused(Instant.now(), cause.getMessage()));
        consumers.pause(DocumentIndexer.CLIENT_ID);
        LOG.warn("Indexing paused: Elasticsearch cannot take writes ({}); the batch is replayed when it answers again",
                cause.getMessage());
    }

    public Optional<Paused> current() {
        return Optional.ofNullable(paused.get());
    }

    @Scheduled(fixedDelay = "${search.indexing.probe-interval:5s}")
    void resumeWhenElasticsearchAnswers() {
        Paused since = paused.get();
        if (since == null) {
            return;
        }
        try {
            client.cluster().health(h -> h.timeout(t -> t.time("2s")));
        } catch (Exception stillDown) {
            LOG.debug("Elasticsearch still unreachable: {}", stillDown.getMessage());
            return;
        }
        paused.set(null);
        consumers.resume(DocumentIndexer.CLIENT_ID);
        LOG.info("Elasticsearch answers again: indexing resumed (paused since {})", since.since());
    }

    /** Why and since when indexing is paused. */
    public record Paused(Instant since, String reason) {
    }
}
