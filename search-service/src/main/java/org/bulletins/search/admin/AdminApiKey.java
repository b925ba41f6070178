package org.bulletins.search.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.bulletins.http.ProblemException;
import org.bulletins.search.index.SearchConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Guards /api/admin/…: the {@code X-Api-Key} header must carry the configured {@code search.admin-api-key}. */
@Singleton
public class AdminApiKey {

    public static final String HEADER = "X-Api-Key";

    private final SearchConfig config;

    public AdminApiKey(SearchConfig config) {
        this.config = config;
    }

    public void check(@Nullable String presented) {
        if (!config.adminEnabled()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "admin-disabled", "the admin endpoints are disabled "
                    + "because no key is configured: set SEARCH_ADMIN_API_KEY (search.admin-api-key) for "
                    + "search-service and send it in the " + HEADER + " header", null);
        }
        if (presented == null || presented.isBlank()) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "api-key-missing",
                    "this endpoint needs the admin key in the " + HEADER + " header", null);
        }
        // Constant-time comparison: the answer time says nothing about how much of the key was right.
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                config.adminApiKey().getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "api-key-wrong",
                    "the key in the " + HEADER + " header is not the admin key (search.admin-api-key)", null);
        }
    }
}
