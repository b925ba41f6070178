package org.bulletins.catalog.ingest;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bulletins.catalog.CatalogTestSupport;
import org.bulletins.catalog.Events;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.ParsedDocument;
import org.bulletins.events.Topics;
import org.bulletins.testing.Infrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the real Kafka: a parsed document and a dead letter, produced as the ingest-service does, show in the
 * API. Names are unique per run, since the topics (and the running catalog reading them) are shared.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaFlowIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return CatalogTestSupport.withKafka();
    }

    @Test
    void aParsedDocumentOnTheTopicShowsInTheCatalogOnceEvenIfDeliveredTwice() throws Exception {
        String sourceKey = "catalog-it-" + run + ".txt";
        ParsedDocument document = Events.doc("d-catalog-it-" + run, "集成测试通知 " + run, "通知", "测试发〔2024〕1号",
                "集成测试机关", LocalDate.of(2024, 12, 24));
        DocumentEvent event = Events.events(sourceKey, "gazette", Instant.now(), document).get(0);
        String bulletinId = BulletinInfo.idFor(sourceKey);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties(),
                new StringSerializer(), new StringSerializer())) {
            String value = json.writeValueAsString(event);
            producer.send(new ProducerRecord<>(Topics.PARSED, document.id(), value)).get();
            producer.send(new ProducerRecord<>(Topics.PARSED, document.id(), value)).get();
        }

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode list = get("/api/documents?bulletinId=" + bulletinId);
            assertEquals(1, list.get("total").getLongValue());
            assertEquals(document.title(), list.get("items").get(0).get("title").getStringValue());
        });
        JsonNode detail = get("/api/documents/" + document.id());
        assertEquals(1, detail.get("version").getIntValue(), "a re-delivered event must not make a new version");
        assertEquals("parsed", get("/api/bulletins/" + bulletinId).get("status").getStringValue());
    }

    @Test
    void aDeadLetterShowsAsAFailedBulletinWithItsReasonAndWhereItsBytesAre() throws Exception {
        String sourceKey = "catalog-it-" + run + ".bin";
        RecordHeaders headers = new RecordHeaders();
        header(headers, Topics.HEADER_ERROR_CODE, "binary");
        header(headers, Topics.HEADER_ERROR_REASON, "the content is binary, not text");
        header(headers, Topics.HEADER_ORIGIN_TOPIC, Topics.RAW);
        header(headers, Topics.HEADER_ORIGIN_PARTITION, "2");
        header(headers, Topics.HEADER_ORIGIN_OFFSET, "17");
        header(headers, Topics.HEADER_ORIGIN_KEY, sourceKey);
        header(headers, Topics.HEADER_BULLETIN_ID, BulletinInfo.idFor(sourceKey));
        header(headers, Topics.HEADER_FAILED_AT, Instant.now().toString());

        long offset;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(),
                new StringSerializer(), new ByteArraySerializer())) {
            offset = producer.send(new ProducerRecord<>(Topics.DLQ, null, sourceKey, new byte[]{0, 1, 2}, headers))
                    .get().offset();
        }

        String path = "/api/bulletins/" + BulletinInfo.idFor(sourceKey);
        await().atMost(WAIT).ignoreExceptionsInstanceOf(HttpClientResponseException.class) // 404 until recorded
                .untilAsserted(() -> assertEquals("failed", get(path).get("status").getStringValue()));
        JsonNode failure = get(path).get("failure");
        assertEquals("binary", failure.get("code").getStringValue());
        assertEquals("the content is binary, not text", failure.get("reason").getStringValue());
        assertEquals("bulletins.raw-2@17", failure.get("origin").getStringValue());
        assertTrue(failure.get("deadLetter").getStringValue().endsWith("@" + offset), failure.toString());
    }

    private JsonNode get(String path) throws IOException {
        return json.readValue(client.toBlocking().retrieve(path), JsonNode.class);
    }

    private static Map<String, Object> producerProperties() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
