package org.bulletins.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.kafka.KafkaContainer;

import java.time.Duration;

/**
 * The same servers in containers, where a Docker engine answers: Kafka (KRaft), PostgreSQL, and
 * Elasticsearch built from the project's image (it carries the analysis plugin).
 */
record DockerInfrastructure(String kafkaBootstrapServers, String jdbcUrl, String jdbcUser, String jdbcPassword,
                            String elasticsearchUrl) implements Infrastructure {

    static boolean available() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // the containers live as long as the test JVM; Ryuk removes them
    static DockerInfrastructure start() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.1");
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:15-alpine")
                .withDatabaseName("bulletins").withUsername("bulletins").withPassword("bulletins");
        GenericContainer<?> elasticsearch = new GenericContainer<>(
                new ImageFromDockerfile("bulletins-elasticsearch-test", false)
                        .withFileFromPath(".", ProjectRoot.find())
                        .withDockerfilePath("infra/elasticsearch/Dockerfile"))
                .withEnv("discovery.type", "single-node")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .withExposedPorts(9200)
                .waitingFor(Wait.forHttp("/_cluster/health").forStatusCode(200))
                .withStartupTimeout(Duration.ofMinutes(3));
        kafka.start();
        postgres.start();
        elasticsearch.start();
        return new DockerInfrastructure(kafka.getBootstrapServers(), postgres.getJdbcUrl(), postgres.getUsername(),
                postgres.getPassword(), "http://" + elasticsearch.getHost() + ":" + elasticsearch.getMappedPort(9200));
    }
}
