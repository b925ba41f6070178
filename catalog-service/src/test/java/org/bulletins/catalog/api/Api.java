package org.bulletins.catalog.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The catalog's REST API as a client sees it: a status and a body, errors included. */
record Api(HttpClient client, JsonMapper json) {

    record Answer(int status, String contentType, String text, JsonMapper json) {

        JsonNode body() {
            try {
                return json.readValue(text, JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text, e);
            }
        }

        List<String> items(String field) {
            List<String> values = new ArrayList<>();
            body().get("items").values().forEach(item -> values.add(item.get(field).getStringValue()));
            return values;
        }

        long total() {
            return body().get("total").getLongValue();
        }
    }

    /** GET a path with query parameters given as name, value, name, value… (encoded here, as a browser would). */
    Answer get(String path, String... query) {
        UriBuilder uri = UriBuilder.of(path);
        for (int i = 0; i < query.length; i += 2) {
            uri.queryParam(query[i], query[i + 1]);
        }
        try {
            HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(uri.build()), String.class);
            return answer(response.code(), response.getContentType(), response.getBody(String.class));
        } catch (HttpClientResponseException e) {
            return answer(e.code(), e.getResponse().getContentType(), e.getResponse().getBody(String.class));
        }
    }

    private Answer answer(int status, Optional<MediaType> contentType, Optional<String> body) {
        return new Answer(status, contentType.map(MediaType::toString).orElse(""), body.orElse(""), json);
    }
}
