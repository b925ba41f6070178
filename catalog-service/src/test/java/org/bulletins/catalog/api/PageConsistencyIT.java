package org.bulletins.catalog.api;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.bulletins.catalog.CatalogTestSupport;
import org.bulletins.catalog.store.BulletinRepository;
import org.bulletins.catalog.store.CatalogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.bulletins.catalog.Events.doc;
import static org.bulletins.catalog.Events.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page and its total come from one snapshot, even while the listeners write documents. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageConsistencyIT implements TestPropertyProvider {

    private static final int DOCUMENTS = 80;

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    CatalogWriter writer;
    @Inject
    BulletinRepository bulletins;

    @Override
    public Map<String, String> getProperties() {
        return CatalogTestSupport.withoutKafka();
    }

    @Test
    void aPageNeverDisagreesWithItsTotalWhileDocumentsArrive() {
        bulletins.deleteAll();
        Api api = new Api(client, json);
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < DOCUMENTS; i++) {
                events("busy-" + i + ".txt", "gazette", Instant.now(),
                        doc("d-busy-" + i, "通知" + i, "通知", null, "包头市人民政府", LocalDate.of(2024, 12, 24)))
                        .forEach(writer::apply);
            }
        });

        int reads = 0;
        while (!writing.isDone()) {
            Api.Answer answer = api.get("/api/documents", "size", "100");
            assertEquals(answer.total(), answer.items("id").size(), "read " + reads + " listed " + answer.items("id"));
            reads++;
        }
        writing.join();
        assertTrue(reads > 0, "the listing was never read while documents arrived");
        assertEquals(DOCUMENTS, api.get("/api/documents", "size", "100").total());
    }
}
