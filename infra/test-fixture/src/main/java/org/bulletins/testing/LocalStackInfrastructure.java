package org.bulletins.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;

import static org.bulletins.testing.StackScript.address;

/**
 * The servers of the tests' local stack, started (if they are not running) by {@code infra/stack up --infra};
 * their addresses come from {@code infra/stack env}, the one place that knows the ports.
 */
record LocalStackInfrastructure(String kafkaBootstrapServers, String jdbcUrl, String jdbcUser, String jdbcPassword,
                                String elasticsearchUrl) implements Infrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStackInfrastructure.class);

    static LocalStackInfrastructure start() {
        LOG.info("Starting the tests' local stack servers: STACK_PROFILE=test infra/stack up --infra");
        StackScript.run(Duration.ofMinutes(10), "up", "--infra");
        Map<String, String> env = StackScript.env();
        return new LocalStackInfrastructure(
                address(env, "KAFKA_BOOTSTRAP_SERVERS"),
                address(env, "JDBC_TEST_URL"),
                address(env, "JDBC_USER"),
                address(env, "JDBC_PASSWORD"),
                address(env, "ELASTICSEARCH_URL"));
    }
}
