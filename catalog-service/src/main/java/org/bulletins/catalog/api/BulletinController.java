package org.bulletins.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import org.bulletins.catalog.store.BulletinCriteria;
import org.bulletins.catalog.store.BulletinRepository;
import org.bulletins.catalog.store.DocumentRepository;
import org.bulletins.http.ProblemException;

/** The bulletins received, parsed or failed. Uploading one is the ingest-service's POST /api/bulletins. */
@Controller("/api/bulletins")
@ExecuteOn(TaskExecutors.BLOCKING)
// One snapshot per request: a page and its total (or a row and its children) are separate queries, and the
// listeners write meanwhile; under READ COMMITTED a page could show total 1 with no items.
@ReadOnly(isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
public class BulletinController {

    static final Sort NEWEST_RECEIVED_FIRST = Sort.of(Sort.Order.desc("receivedAt"), Sort.Order.asc("id"));

    private final BulletinRepository bulletins;
    private final DocumentRepository documents;

    public BulletinController(BulletinRepository bulletins, DocumentRepository documents) {
        this.bulletins = bulletins;
        this.documents = documents;
    }

    /**
     * Bulletins, newest received first, with the total over all pages.
     *
     * @param status parsed or failed
     * @param kind   gazette, work_report, newspaper or other
     * @param page   page number, from 0
     * @param size   page size, 1 to 100
     * @return the page of bulletins and the total
     */
    @Get
    public PageView<BulletinSummary> list(@QueryValue @Nullable String status,
                                          @QueryValue @Nullable String kind,
                                          @QueryValue(defaultValue = "0") int page,
                                          @QueryValue(defaultValue = "20") int size) {
        BulletinCriteria criteria = new BulletinCriteria(Params.status(status), Params.kind(kind));
        return PageView.of(bulletins.findAll(criteria.toSpecification(), Params.page(page, size, NEWEST_RECEIVED_FIRST)),
                BulletinSummary::of);
    }

    /**
     * One bulletin: its documents (summaries), warnings, table of contents, status and, when it failed, the
     * failure's code, reason, origin and how to re-submit it.
     *
     * @param id the bulletin id, as listed (b- and 16 hex digits, derived from the source key)
     * @return the bulletin
     */
    @Get("/{id}")
    public BulletinDetail get(@PathVariable String id) {
        return bulletins.findById(id)
                .map(row -> BulletinDetail.of(row, documents.findByBulletinIdOrderByOrdinal(id)))
                .orElseThrow(() -> ProblemException.notFound("bulletin", id));
    }
}
