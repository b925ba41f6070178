package org.bulletins.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import org.bulletins.search.ingest.IndexingPause;

import java.util.LinkedHashMap;
import java.util.Map;

/** Elasticsearch's cluster health and whether indexing is paused, in the service's /health. */
@Singleton
public class ElasticsearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final ElasticsearchClient client;
    private final IndexingPause pause;

    public ElasticsearchHealthIndicator(ElasticsearchClient client, IndexingPause pause) {
        this.client = client;
        this.pause = pause;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        pause.current().ifPresent(p -> details.put("indexing", "paused since " + p.since() + ": " + p.reason()));
        try {
            // GET / answers 405 in some distributions; cluster health is always there.
            HealthStatus status = client.cluster().health(h -> h.timeout(t -> t.time("2s"))).status();
            healthStatus = status == HealthStatus.Red ? io.micronaut.health.HealthStatus.DOWN : io.micronaut.health.HealthStatus.UP;
            details.put("status", status.jsonValue());
        } catch (Exception e) {
            healthStatus = io.micronaut.health.HealthStatus.DOWN;
            details.put("error", "Elasticsearch is unreachable: " + e.getMessage());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "elasticsearch";
    }
}
