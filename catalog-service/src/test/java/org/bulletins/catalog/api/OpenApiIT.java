package org.bulletins.catalog.api;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.bulletins.catalog.CatalogTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI spec and its swagger-ui, at the paths the gateway routes to the catalog. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return CatalogTestSupport.withoutKafka();
    }

    @Test
    void servesTheSpecWithEveryEndpointAndParameter() {
        Api.Answer spec = new Api(client, json).get("/swagger/catalog-service.yml");

        assertEquals(200, spec.status());
        for (String expected : new String[]{"/api/documents:", "/api/documents/{id}:", "/api/bulletins:",
                "/api/bulletins/{id}:", "/api/stats:", "name: docNumber", "name: sort", "name: status"}) {
            assertTrue(spec.text().contains(expected), "the spec lacks " + expected);
        }
    }

    @Test
    void servesSwaggerUiThatLoadsTheSpecAndItsScriptsUnderTheCatalogPaths() {
        Api api = new Api(client, json);
        Api.Answer page = api.get("/swagger-ui/catalog/index.html");

        assertEquals(200, page.status());
        assertTrue(page.text().contains("'/swagger/catalog-service.yml'"), page.text());
        assertTrue(page.text().contains("\"/swagger-ui/catalog/res/swagger-ui-bundle.js\""), page.text());
        assertEquals(200, api.get("/swagger-ui/catalog/res/swagger-ui-bundle.js").status());
        assertEquals(200, api.get("/swagger-ui/catalog/res/swagger-ui.css").status());
    }
}
