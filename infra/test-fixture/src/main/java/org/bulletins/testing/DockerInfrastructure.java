package org.bulletins.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.kafka.KafkaContainer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The same servers in containers, where a Docker engine answers: Kafka (KRaft), PostgreSQL, and
 * Elasticsearch: the official image with the project's analysis plugin installed, as in compose.
 */
record DockerInfrastructure(String kafkaBootstrapServers, String jdbcUrl, String jdbcUser, String jdbcPassword,
                            String elasticsearchUrl) implements Infrastructure {

    /** The server version the build compiles against (elasticsearch-java and the plugin API). */
    private static final String ELASTICSEARCH_VERSION = version("elasticsearch.version");

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
                        .withFileFromPath("analysis-plugin.zip", analysisPlugin())
                        .withDockerfileFromBuilder(image -> image
                                .from("docker.elastic.co/elasticsearch/elasticsearch:" + ELASTICSEARCH_VERSION)
                                .copy("analysis-plugin.zip", "/tmp/analysis-plugin.zip")
                                .run("bin/elasticsearch-plugin install --batch file:///tmp/analysis-plugin.zip")))
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

    private static String version(String name) {
        try (InputStream in = DockerInfrastructure.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the test fixture's jar");
            }
            Properties versions = new Properties();
            versions.load(in);
            return versions.getProperty(name);
        } catch (IOException e) {
            throw new IllegalStateException("could not read the test fixture's versions.properties", e);
        }
    }

    /** The plugin the build made (its module comes before every module with integration tests). */
    private static Path analysisPlugin() {
        Path zip = ProjectRoot.find().resolve("infra/elasticsearch-analysis-plugin/target/elasticsearch-analysis-plugin.zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: build it first (mvn -pl infra/elasticsearch-analysis-plugin package)");
        }
        return zip;
    }
}
