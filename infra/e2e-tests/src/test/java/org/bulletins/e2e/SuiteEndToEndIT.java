package org.bulletins.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.Topics;
import org.bulletins.testing.ProjectRoot;
import org.bulletins.testing.StackScript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole suite on the real stack: an upstream system writes a bulletin to Kafka, and a client finds
 * its documents through the gateway, in the catalog and in search.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String gateway;
    private static String kafka;

    @BeforeAll
    static void startTheStack() {
        StackScript.run(Duration.ofMinutes(15), "up", "--no-seed");
        Map<String, String> env = StackScript.env();
        gateway = StackScript.address(env, "GATEWAY_URL");
        kafka = StackScript.address(env, "KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    @Order(1)
    void aBulletinWrittenToKafkaIsListedAndFoundThroughTheGateway() throws Exception {
        // A key and a marker word of its own per run, so that nothing a previous run left can satisfy the
        // assertions (search shows a document found in several bulletins once).
        String run = UUID.randomUUID().toString().replace("-", "");
        String sourceKey = "e2e-" + run + "-gazette-2024-12.txt";
        String marker = "zq" + run.chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16))))
                .collect(Collectors.joining());
        String sample = Files.readString(ProjectRoot.find().resolve("ingest-service/src/test/resources/samples/gazette-2024-12.txt"));
        int backCover = sample.lastIndexOf("\n包头市人民政府公报\n");
        byte[] gazette = (sample.substring(0, backCover) + "\n\n●12月31日，本期核验标记 " + marker + "。\n"
                + sample.substring(backCover)).getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, sourceKey, gazette)).get();
        }
        String bulletinId = BulletinInfo.idFor(sourceKey);

        await("the catalog lists the bulletin's documents").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptionsInstanceOf(IOException.class) // a request timing out while the services start
                .untilAsserted(() -> {
                    JsonNode page = get("/api/documents?size=100&bulletinId=" + bulletinId);
                    assertEquals(5, page.path("total").asInt(), "four official documents and the chronicle: " + page);
                    page.path("items").forEach(item -> assertFalse(item.path("title").asText().isBlank(), "a title: " + item));
                });

        await("search finds the bulletin").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptionsInstanceOf(IOException.class) // a request timing out while the services start
                .untilAsserted(() -> {
                    JsonNode hits = get("/api/search?q=" + marker).path("hits");
                    assertEquals(1, hits.size(), "one document holds the marker: " + hits);
                    assertEquals(bulletinId, hits.get(0).path("bulletinId").asText());
                });
        // The bulletin's documents are spread over partitions: the marker's may be indexed before this one.
        await("search ranks a 烟花爆竹 document first").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptionsInstanceOf(IOException.class)
                .untilAsserted(() -> {
                    JsonNode hits = get("/api/search?q=" + URLEncoder.encode("烟花爆竹", StandardCharsets.UTF_8)).path("hits");
                    assertTrue(hits.size() > 0 && (hits.get(0).path("title").asText().contains("烟花爆竹")
                                    || hits.get(0).path("snippet").asText().replace("<em>", "").replace("</em>", "").contains("烟花爆竹")),
                            "the first hit's title or snippet contains 烟花爆竹: " + hits);
                });
    }

    @Test
    @Order(2)
    void theSearchPageShowsTheHitsOfAQueryInABrowser() {
        String url = gateway + "/?q=" + URLEncoder.encode("烟花爆竹", StandardCharsets.UTF_8);
        String dom = HeadlessChromium.renderedDom(url);
        assertTrue(dom.matches("(?s).*<p id=\"status\"[^>]*>共 \\d+ 篇.*"), "the page states how many documents match");
        String hits = dom.substring(dom.indexOf("<ol id=\"hits\">"));
        assertTrue(hits.contains("<h3>"), "the page lists hits");
        assertTrue(hits.replaceAll("<[^>]+>", "").contains("烟花爆竹"), "a hit shows the query's words");
    }

    @Test
    void theGatewayAnswersUnknownRoutesWithAProblem() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/nothing-here")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("/api/search"), response.body());
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " answered " + response.body());
        return JSON.readTree(response.body());
    }
}
