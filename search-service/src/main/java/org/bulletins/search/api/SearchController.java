package org.bulletins.search.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.bulletins.http.ProblemException;

import java.io.IOException;

@Controller("/api/search")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SearchController {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_PAGE_SIZE = 100;

    private final DocumentSearch search;

    public SearchController(DocumentSearch search) {
        this.search = search;
    }

    @Get
    public SearchResult search(@Nullable @QueryValue String q,
                               @QueryValue(defaultValue = "0") int page,
                               @QueryValue(defaultValue = "10") int size) throws IOException {
        if (q == null || q.isBlank()) {
            throw ProblemException.badParameter("q", "q is empty: give the words to search for, e.g. q=烟花爆竹");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.badParameter("q", "q has " + q.length() + " characters; at most "
                    + MAX_QUERY_LENGTH + " are searched: shorten it");
        }
        if (page < 0) {
            throw ProblemException.badParameter("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badParameter("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return search.search(q.strip(), page, size);
    }
}
