package org.bulletins.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.bulletins.events.ParsedDocument;
import org.bulletins.search.index.IndexManager;
import org.bulletins.search.ingest.IndexingPause;
import org.bulletins.search.support.EventPublisher;
import org.bulletins.search.support.SwitchableProxy;
import org.bulletins.search.support.TestEvents;
import org.bulletins.testing.Infrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Elasticsearch down and back, as the service sees it: the service talks to the shared Elasticsearch through a
 * proxy the test switches off and on. While it is off, indexing pauses, the offsets stay, /health and searches
 * say Elasticsearch is down; once it is on, every document is indexed exactly once and the offsets move on.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchOutageIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    @Inject
    IndexManager indexes;

    @Inject
    IndexingPause pause;

    private final String alias = "test-" + UUID.randomUUID();
    private final String group = "search-it-" + UUID.randomUUID();
    private SwitchableProxy proxy;
    private EventPublisher publisher;
    private Rest5Client directRest;
    private ElasticsearchClient direct;

    @Override
    public Map<String, String> getProperties() {
        try {
            proxy = new SwitchableProxy(URI.create(Infrastructure.get().elasticsearchUrl()));
            proxy.on();
            publisher = new EventPublisher(Infrastructure.get().kafkaBootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the proxy or the test's topic", e);
        }
        directRest = Rest5Client.builder(URI.create(Infrastructure.get().elasticsearchUrl())).build();
        direct = new ElasticsearchClient(new Rest5ClientTransport(directRest, new JacksonJsonpMapper()));
        Map<String, String> properties = new HashMap<>(Infrastructure.get().micronautProperties());
        properties.put("elasticsearch.url", proxy.url());
        properties.put("search.alias", alias);
        properties.put("search.topic", publisher.topic());
        properties.put("search.consumer-group", group);
        properties.put("search.indexing.attempts", "2");
        properties.put("search.indexing.first-backoff", "100ms");
        properties.put("search.indexing.probe-interval", "500ms");
        return properties;
    }

    @AfterAll
    void cleanUp() throws Exception {
        publisher.close();
        proxy.close();
        // Elasticsearch refuses to delete by wildcard (action.destructive_requires_name): name each version.
        List<String> versions = List.copyOf(direct.indices().get(g -> g.index(alias + "-*")).indices().keySet());
        if (!versions.isEmpty()) {
            direct.indices().delete(d -> d.index(versions));
        }
        direct.indices().deleteIndexTemplate(d -> d.name(alias + "-template"));
        directRest.close();
    }

    @Test
    void indexingPausesWhileElasticsearchIsDownAndCatchesUpWithoutLossOrDuplicates() throws Exception {
        String index = indexes.currentIndex();
        proxy.off();

        TestEvents bulletin = new TestEvents("gazette");
        List<ParsedDocument> documents = IntStream.range(0, 5).mapToObj(i -> bulletin.document("d" + i, "停电测试文件" + i,
                "通知", null, "测试机关", LocalDate.of(2024, 1, 1 + i), "伽马测试正文" + i)).toList();
        publisher.send(json, bulletin.version(Instant.now(), documents));

        await().atMost(Duration.ofSeconds(60)).until(() -> pause.current().isPresent());
        HttpClientResponseException health = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/health"));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, health.getStatus());
        assertTrue(health.getResponse().getBody(String.class).orElseThrow().contains("Elasticsearch is unreachable"));
        HttpClientResponseException search = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/api/search?q=test"));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, search.getStatus());
        assertTrue(search.getResponse().getBody(String.class).orElseThrow().contains("search-unavailable"));
        assertEquals(0, committedOffsets(), "no offset is committed for a batch that was not written");
        direct.indices().refresh(r -> r.index(index));
        assertEquals(0, direct.count(c -> c.index(index)).count());

        proxy.on();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> pause.current().isEmpty() && committedOffsets() == 5);
        direct.indices().refresh(r -> r.index(index));
        assertEquals(5, direct.count(c -> c.index(index)).count(), "each document indexed once");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                http.toBlocking().retrieve("/api/search?q=%E4%BC%BD%E9%A9%AC", SearchServiceIT.Result.class).total() == 5);
    }

    private long committedOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.get().kafkaBootstrapServers()))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                    .filter(java.util.Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
        }
    }
}
