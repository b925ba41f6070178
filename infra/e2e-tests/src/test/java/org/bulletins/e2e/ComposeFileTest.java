package org.bulletins.e2e;

import org.bulletins.events.Topics;
import org.bulletins.testing.ProjectRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose cannot run on machines without a Docker engine, so its file is checked here: every
 * part of the suite is there, healthy-gated, configured from the environment, with its data in volumes.
 */
class ComposeFileTest {

    private static final Path ROOT = ProjectRoot.find();
    private static final Map<String, Object> COMPOSE = load();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try {
            return new Yaml().load(Files.readString(ROOT.resolve("infra/docker-compose.yml")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        Map<String, Object> services = (Map<String, Object>) COMPOSE.get("services");
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        assertNotNull(service, "docker-compose.yml has no service " + name);
        return service;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka", "postgres", "elasticsearch", "ingest-service", "catalog-service", "search-service", "gateway"})
    void everyLongRunningPartHasAHealthcheckAndRestarts(String name) {
        Map<String, Object> service = service(name);
        assertNotNull(service.get("healthcheck"), name + " has no healthcheck");
        assertEquals("unless-stopped", service.get("restart"), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "catalog-service", "search-service"})
    @SuppressWarnings("unchecked")
    void servicesAreBuiltFromTheSourcesAndConfiguredByEnvironment(String name) {
        Map<String, Object> build = (Map<String, Object>) service(name).get("build");
        assertTrue(Files.isRegularFile(ROOT.resolve((String) build.get("dockerfile"))), "Dockerfile of " + name);
        assertEquals(name, ((Map<String, Object>) build.get("args")).get("SERVICE"));
        Map<String, Object> env = (Map<String, Object>) service(name).get("environment");
        assertEquals("kafka:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertTrue(env.get("JDBC_URL").toString().startsWith("jdbc:postgresql://postgres:5432/"));
        assertEquals("http://elasticsearch:9200", env.get("ELASTICSEARCH_URL"));
        assertNotNull(env.get("SERVER_PORT"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void kafkaRunsInKraftModeAndTheTopicsOfTheContractAreCreated() {
        Map<String, Object> env = (Map<String, Object>) service("kafka").get("environment");
        assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES"));
        String script = String.join("\n", (List<String>) service("kafka-topics").get("command"));
        for (String topic : List.of(Topics.RAW, Topics.PARSED, Topics.DLQ)) {
            assertTrue(script.contains(topic + ":"), "kafka-topics does not create " + topic);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGatewayPublishesPort8080WithTheSameRoutesAsTheLocalStack() {
        Map<String, Object> gateway = service("gateway");
        assertTrue(((List<String>) gateway.get("ports")).stream().anyMatch(p -> p.endsWith(":8080")));
        List<String> volumes = (List<String>) gateway.get("volumes");
        assertTrue(volumes.stream().anyMatch(v -> v.startsWith("./gateway/routes.conf:")), "routes.conf is mounted");
        for (String volume : volumes) {
            Path file = ROOT.resolve("infra").resolve(volume.split(":")[0]);
            assertTrue(Files.exists(file), "missing " + file);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void dataLivesInNamedVolumes() {
        Map<String, Object> volumes = (Map<String, Object>) COMPOSE.get("volumes");
        for (String name : List.of("kafka", "postgres", "elasticsearch")) {
            List<String> mounts = (List<String>) service(name).get("volumes");
            String volume = mounts.get(0).split(":")[0];
            assertTrue(volumes.containsKey(volume), name + " keeps its data in the named volume " + volume);
        }
    }
}
