package org.bulletins.search.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.bulletins.http.ProblemException;
import org.bulletins.search.index.SearchConfig;

import java.io.IOException;

/**
 * {@code GET /api/search}: full text with filters, facets and highlights; {@code GET /api/search/suggest}:
 * titles as the user types.
 */
@Controller("/api/search")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SearchController {

    static final int MAX_SUGGEST_LENGTH = 50;
    static final int MAX_SUGGESTIONS = 20;

    private final DocumentSearch search;
    private final TitleSuggester suggester;
    private final SearchConfig config;

    public SearchController(DocumentSearch search, TitleSuggester suggester, SearchConfig config) {
        this.search = search;
        this.suggester = suggester;
        this.config = config;
    }

    /** {@code design} is for the evaluate command, which compares query designs on the same index. */
    @Get
    public SearchResult search(@Nullable @QueryValue String q, @Nullable @QueryValue String type,
                               @Nullable @QueryValue String issuer, @Nullable @QueryValue String year,
                               @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                               @Nullable @QueryValue String kind, @Nullable @QueryValue String sort,
                               @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "10") int size,
                               @Nullable @QueryValue String design) {
        SearchRequest request = SearchRequest.of(q, type, issuer, year, from, to, kind, sort, page, size, design,
                config.defaultDesign());
        return elasticsearch(() -> search.search(request));
    }

    @Get("/suggest")
    public SuggestResult suggest(@Nullable @QueryValue String q, @QueryValue(defaultValue = "8") int size) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badParameter("q", "q is empty: give the start of a title, e.g. q=包头市");
        }
        if (q.length() > MAX_SUGGEST_LENGTH) {
            throw ProblemException.badParameter("q", "q has " + q.length() + " characters; suggestions take at most "
                    + MAX_SUGGEST_LENGTH + ": use /api/search for longer text");
        }
        if (size < 1 || size > MAX_SUGGESTIONS) {
            throw ProblemException.badParameter("size", "size must be between 1 and " + MAX_SUGGESTIONS);
        }
        return new SuggestResult(elasticsearch(() -> suggester.suggest(q.strip(), size)));
    }

    /** Elasticsearch unreachable is a 503 that says so, not a bare 500. */
    private static <T> T elasticsearch(ElasticsearchCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable",
                    "search is unavailable: Elasticsearch does not answer (" + e.getMessage()
                            + "); try again shortly, operators see /health", null);
        }
    }

    @FunctionalInterface
    private interface ElasticsearchCall<T> {
        T run() throws IOException;
    }
}
