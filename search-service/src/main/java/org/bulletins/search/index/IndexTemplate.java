package org.bulletins.search.index;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The index template shipped in the service's jar, with its {@code version}: raise that number whenever the
 * analysis or the mappings change, so that indexes created from an older template are reported at start-up.
 */
record IndexTemplate(String json, long version) {

    static IndexTemplate load(String resource) {
        try (InputStream in = IndexTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the service's jar");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                JsonObject template = reader.readObject();
                if (!(template.get("version") instanceof JsonNumber version)) {
                    throw new IllegalStateException(resource + " has no numeric \"version\"");
                }
                return new IndexTemplate(json, version.longValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource + " from the service's jar", e);
        }
    }
}
