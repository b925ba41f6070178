package org.bulletins.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** The servers of the project's local stack, started (if they are not running) by {@code infra/stack up --infra}. */
record LocalStackInfrastructure(String kafkaBootstrapServers, String jdbcUrl, String jdbcUser, String jdbcPassword,
                                String elasticsearchUrl) implements Infrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStackInfrastructure.class);

    static LocalStackInfrastructure start() {
        LOG.info("Starting the local stack's servers: infra/stack up --infra");
        StackScript.run(Duration.ofMinutes(10), "up", "--infra");
        return new LocalStackInfrastructure(
                "127.0.0.1:" + env("KAFKA_PORT", "9092"),
                "jdbc:postgresql://127.0.0.1:" + env("PG_PORT", "5433") + "/" + env("PG_TEST_DATABASE", "bulletins_test"),
                env("PG_USER", "bulletins"),
                env("PG_PASSWORD", "bulletins"),
                "http://127.0.0.1:" + env("ES_PORT", "9200"));
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
