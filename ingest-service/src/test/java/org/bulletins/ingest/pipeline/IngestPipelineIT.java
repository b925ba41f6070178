package org.bulletins.ingest.pipeline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.Topics;
import org.bulletins.ingest.api.IngestReceipt;
import org.bulletins.testing.Infrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest-service against the real Kafka: raw bulletins in, document events and dead letters out. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestPipelineIT implements TestPropertyProvider {

    private static final long MAX_BYTES = 200_000;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private final List<ConsumerRecord<String, byte[]>> parsed = new ArrayList<>();
    private final List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();
    private KafkaConsumer<String, byte[]> consumer;
    private KafkaProducer<String, byte[]> producer;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Infrastructure.get().micronautProperties());
        // A group of its own, so the running stack's ingest-service does not take this test's records.
        properties.put("ingest.consumer-group", "ingest-it-" + UUID.randomUUID());
        properties.put("ingest.max-bulletin-bytes", String.valueOf(MAX_BYTES));
        return properties;
    }

    @BeforeAll
    void connect() {
        String bootstrap = Infrastructure.get().kafkaBootstrapServers();
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-it-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.PARSED, Topics.DLQ));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(200));
            return consumer.assignment().size() >= 4;
        });
        // Fix "latest" now: resolved lazily, it could fall after the first events this test makes.
        consumer.assignment().forEach(consumer::position);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void disconnect() {
        consumer.close();
        producer.close();
    }

    @Test
    void aRawBulletinBecomesOneEventPerDocument() throws Exception {
        String key = "it-" + UUID.randomUUID() + "-gazette.txt";
        send(key, sample("gazette-2024-12.txt"));

        List<DocumentEvent> events = awaitEvents(key, found -> !found.isEmpty()
                && found.size() == found.get(0).bulletin().documentIds().size());
        BulletinInfo bulletin = events.get(0).bulletin();
        assertEquals(BulletinInfo.idFor(key), bulletin.id());
        assertEquals(key, bulletin.sourceKey());
        assertTrue(events.size() > 1, "a gazette holds several documents");
        assertEquals(bulletin.documentIds(), events.stream().map(e -> e.document().id()).sorted(
                (a, b) -> Integer.compare(bulletin.documentIds().indexOf(a), bulletin.documentIds().indexOf(b))).toList());
        assertTrue(events.stream().allMatch(e -> e.schemaVersion() == DocumentEvent.SCHEMA_VERSION));
        assertTrue(events.stream().anyMatch(e -> e.document().title().contains("烟花爆竹")));
    }

    @Test
    void aBadRecordGoesToTheDeadLetterTopicAndTheConsumerMovesOn() throws Exception {
        String bad = "it-" + UUID.randomUUID() + "-scan.pdf";
        String good = "it-" + UUID.randomUUID() + "-report.txt";
        byte[] pdf = "%PDF-1.7\n\u0000\u0001\u0002binary".getBytes(StandardCharsets.ISO_8859_1);
        long offset = send(bad, pdf);
        send(good, sample("work-report-city-2024.txt"));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(bad);
        assertEquals("binary", header(deadLetter, Topics.HEADER_ERROR_CODE));
        assertTrue(header(deadLetter, Topics.HEADER_ERROR_REASON).contains(bad), "the reason names the bulletin");
        assertEquals(Topics.RAW, header(deadLetter, Topics.HEADER_ORIGIN_TOPIC));
        assertEquals(String.valueOf(offset), header(deadLetter, Topics.HEADER_ORIGIN_OFFSET));
        assertEquals(BulletinInfo.idFor(bad), header(deadLetter, Topics.HEADER_BULLETIN_ID));
        assertEquals(new String(pdf, StandardCharsets.ISO_8859_1), new String(deadLetter.value(), StandardCharsets.ISO_8859_1));

        assertFalse(awaitEvents(good, found -> !found.isEmpty()).isEmpty(), "the next bulletin is ingested");
    }

    @Test
    void anUploadIsAcceptedWithItsDocuments() {
        String name = "it-" + UUID.randomUUID() + "-newspaper.txt";
        HttpResponse<IngestReceipt> response = http.toBlocking().exchange(
                HttpRequest.POST("/api/bulletins?name=" + name, sample("newspaper-page.txt"))
                        .contentType(MediaType.TEXT_PLAIN_TYPE), IngestReceipt.class);
        assertEquals(HttpStatus.ACCEPTED, response.getStatus());
        IngestReceipt receipt = response.body();
        assertEquals(BulletinInfo.idFor(name), receipt.bulletinId());
        assertFalse(receipt.documents().isEmpty());
        assertEquals(receipt.documents().size(), awaitEvents(name, found -> found.size() == receipt.documents().size()).size());
    }

    @Test
    void aBadUploadGetsAProblemAndIsKept() {
        String name = "it-" + UUID.randomUUID() + "-empty.txt";
        HttpClientResponseException empty = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.POST("/api/bulletins?name=" + name, new byte[0]).contentType(MediaType.TEXT_PLAIN_TYPE)));
        assertEquals(422, empty.getStatus().getCode());
        assertTrue(empty.getResponse().getContentType().orElseThrow().toString().startsWith("application/problem+json"));
        assertTrue(empty.getResponse().getBody(String.class).orElseThrow().contains("\"code\":\"empty\""));
        assertEquals("empty", header(awaitDeadLetter(name), Topics.HEADER_ERROR_CODE));

        byte[] large = "政府公报。".repeat((int) (MAX_BYTES / 10)).getBytes(StandardCharsets.UTF_8);
        HttpClientResponseException tooLarge = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.POST("/api/bulletins?name=large.txt", large).contentType(MediaType.TEXT_PLAIN_TYPE)));
        assertEquals(413, tooLarge.getStatus().getCode());
        assertTrue(tooLarge.getResponse().getBody(String.class).orElseThrow().contains("too-large"));
    }

    private long send(String key, byte[] value) throws Exception {
        return producer.send(new ProducerRecord<>(Topics.RAW, key, value)).get().offset();
    }

    /** The latest event of each document of the bulletin (another ingest-service may publish them too). */
    private List<DocumentEvent> awaitEvents(String sourceKey, Predicate<List<DocumentEvent>> complete) {
        Map<String, DocumentEvent> byDocument = new LinkedHashMap<>();
        await("events of " + sourceKey).atMost(Duration.ofSeconds(60)).until(() -> {
            drain();
            byDocument.clear();
            for (ConsumerRecord<String, byte[]> record : parsed) {
                DocumentEvent event = json.readValue(record.value(), DocumentEvent.class);
                if (event.bulletin().sourceKey().equals(sourceKey)) {
                    byDocument.put(event.document().id(), event);
                }
            }
            return complete.test(List.copyOf(byDocument.values()));
        });
        return List.copyOf(byDocument.values());
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String sourceKey) {
        return await("dead letter of " + sourceKey).atMost(Duration.ofSeconds(60)).until(() -> {
            drain();
            return deadLetters.stream().filter(r -> sourceKey.equals(r.key())).findFirst().orElse(null);
        }, r -> r != null);
    }

    private synchronized void drain() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            (record.topic().equals(Topics.DLQ) ? deadLetters : parsed).add(record);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static byte[] sample(String name) {
        try (InputStream in = IngestPipelineIT.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
