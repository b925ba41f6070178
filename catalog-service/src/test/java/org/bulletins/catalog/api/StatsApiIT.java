package org.bulletins.catalog.api;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.bulletins.catalog.CatalogTestSupport;
import org.bulletins.catalog.store.BulletinRepository;
import org.bulletins.catalog.store.CatalogWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.bulletins.catalog.Events.doc;
import static org.bulletins.catalog.Events.events;
import static org.bulletins.catalog.Events.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GET /api/stats: counts by type, issuer, year and kind, and the failed bulletins. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsApiIT implements TestPropertyProvider {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    CatalogWriter writer;
    @Inject
    BulletinRepository bulletins;

    private JsonNode stats;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(CatalogTestSupport.withoutKafka());
        properties.put("catalog.stats.latest-failures", "2");
        return properties;
    }

    @BeforeAll
    void catalog() {
        bulletins.deleteAll();
        events("gazette.txt", "gazette", T0,
                doc("d-1", "通告一", "通告", "包府发〔2024〕60号", "包头市人民政府", LocalDate.of(2024, 12, 24)),
                doc("d-2", "通知一", "通知", "包府发〔2024〕61号", "包头市人民政府", LocalDate.of(2024, 12, 24)),
                doc("d-3", "通知二", "通知", "包府办发〔2024〕125号", "包头市人民政府办公室", LocalDate.of(2024, 12, 20)),
                doc("d-4", "通知三", "通知", "包府发〔2023〕10号", "包头市人民政府", LocalDate.of(2023, 6, 1)))
                .forEach(writer::apply);
        events("newspaper.txt", "newspaper", T0, doc("d-5", "新闻一", "新闻", null, null, null)).forEach(writer::apply);
        writer.recordFailure(failure("a.dat", T0.plusSeconds(1)));
        writer.recordFailure(failure("b.dat", T0.plusSeconds(2)));
        writer.recordFailure(failure("c.dat", T0.plusSeconds(3)));
        Api.Answer answer = new Api(client, json).get("/api/stats");
        assertEquals(200, answer.status());
        stats = answer.body();
    }

    @Test
    void countsDocumentsByTypeIssuerYearAndKind() {
        JsonNode documents = stats.get("documents");
        assertEquals(5, documents.get("total").getLongValue());
        assertEquals(ordered("通知", 3, "新闻", 1, "通告", 1).toString(), counts(documents.get("byType")).toString());
        assertEquals(ordered("包头市人民政府", 3, "包头市人民政府办公室", 1).toString(), counts(documents.get("byIssuer")).toString());
        assertEquals(ordered("2024", 3, "2023", 1).toString(), counts(documents.get("byYear")).toString());
        assertEquals(ordered("gazette", 4, "newspaper", 1).toString(), counts(documents.get("byKind")).toString());
    }

    @Test
    void countsBulletinsByStatusAndKind() {
        JsonNode bulletinStats = stats.get("bulletins");
        assertEquals(5, bulletinStats.get("total").getLongValue());
        assertEquals(ordered("failed", 3, "parsed", 2).toString(), counts(bulletinStats.get("byStatus")).toString());
        assertEquals(ordered("gazette", 1, "newspaper", 1).toString(), counts(bulletinStats.get("byKind")).toString());
    }

    @Test
    void countsFailedBulletinsAndShowsTheLatestFew() {
        JsonNode failed = stats.get("failed");
        assertEquals(3, failed.get("count").getLongValue());
        assertEquals(2, failed.get("latest").size());
        assertEquals("c.dat", failed.get("latest").get(0).get("sourceKey").getStringValue());
        assertEquals("b.dat", failed.get("latest").get(1).get("sourceKey").getStringValue());
        assertEquals("undecodable", failed.get("latest").get(0).get("failure").get("code").getStringValue());
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new LinkedHashMap<>();
        node.entries().forEach(e -> counts.put(e.getKey(), e.getValue().getLongValue()));
        return counts;
    }

    private static Map<String, Long> ordered(Object... keysAndCounts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            map.put((String) keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
        }
        return map;
    }
}
