package org.bulletins.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.Map;

/** Elasticsearch's cluster health in the service's /health (GET / answers 405 in some distributions). */
@Singleton
public class ElasticsearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final ElasticsearchClient client;

    public ElasticsearchHealthIndicator(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try {
            HealthStatus status = client.cluster().health().status();
            healthStatus = status == HealthStatus.Red ? io.micronaut.health.HealthStatus.DOWN : io.micronaut.health.HealthStatus.UP;
            return Map.of("status", status.jsonValue());
        } catch (Exception e) {
            healthStatus = io.micronaut.health.HealthStatus.DOWN;
            return Map.of("error", "Elasticsearch is unreachable: " + e.getMessage());
        }
    }

    @Override
    protected String getName() {
        return "elasticsearch";
    }
}
