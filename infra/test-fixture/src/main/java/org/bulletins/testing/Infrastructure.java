package org.bulletins.testing;

import java.util.Map;

/**
 * Kafka, PostgreSQL and Elasticsearch for the integration tests, shared by all of them in a JVM. Where a
 * Docker engine answers, Testcontainers starts them; elsewhere the project's local stack does
 * ({@code infra/stack up --infra}), the same real servers as local processes.
 */
public interface Infrastructure {

    String kafkaBootstrapServers();

    String jdbcUrl();

    String jdbcUser();

    String jdbcPassword();

    String elasticsearchUrl();

    /** Micronaut properties pointing a service at these servers, on a random HTTP port. */
    default Map<String, String> micronautProperties() {
        return Map.of(
                "micronaut.server.port", "-1",
                "kafka.bootstrap.servers", kafkaBootstrapServers(),
                "datasources.default.url", jdbcUrl(),
                "datasources.default.username", jdbcUser(),
                "datasources.default.password", jdbcPassword(),
                "elasticsearch.url", elasticsearchUrl());
    }

    /** The one instance of this JVM, started on first use. */
    static Infrastructure get() {
        return Holder.INSTANCE;
    }

    final class Holder {
        private static final Infrastructure INSTANCE = DockerInfrastructure.available()
                ? DockerInfrastructure.start()
                : LocalStackInfrastructure.start();

        private Holder() {
        }
    }
}
