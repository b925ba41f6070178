package org.bulletins.catalog.api;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.bulletins.catalog.store.ChronicleEntryRepository;
import org.bulletins.catalog.store.DocumentRepository;
import org.bulletins.http.ProblemException;

/** The documents of the catalog. */
@Controller("/api/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentController {

    static final int MAX_PAGE_SIZE = 100;

    private final DocumentRepository documents;
    private final ChronicleEntryRepository entries;

    public DocumentController(DocumentRepository documents, ChronicleEntryRepository entries) {
        this.documents = documents;
        this.entries = entries;
    }

    /** Newest first (by issued date, then id). */
    @Get
    public PageView<DocumentSummary> list(@QueryValue(defaultValue = "0") int page,
                                          @QueryValue(defaultValue = "20") int size) {
        if (page < 0) {
            throw ProblemException.badParameter("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badParameter("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        Sort sort = Sort.of(Sort.Order.desc("issuedDate"), Sort.Order.asc("id"));
        return PageView.of(documents.findAll(Pageable.from(page, size, sort)), DocumentSummary::of);
    }

    @Get("/{id}")
    public DocumentDetail get(@PathVariable String id) {
        return documents.findById(id)
                .map(row -> DocumentDetail.of(row, entries.findByKeyDocumentIdOrderByKeyOrdinal(id)))
                .orElseThrow(() -> ProblemException.notFound("document", id));
    }
}
