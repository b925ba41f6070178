package org.bulletins.catalog.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import org.bulletins.catalog.store.BulletinRepository;
import org.bulletins.catalog.store.BulletinRow;
import org.bulletins.catalog.store.StatsRepository;

import java.util.Map;

/** Counts over the catalog, for an operator's overview. */
@Controller("/api/stats")
@ExecuteOn(TaskExecutors.BLOCKING)
// One snapshot per request: a page and its total (or a row and its children) are separate queries, and the
// listeners write meanwhile; under READ COMMITTED a page could show total 1 with no items.
@ReadOnly(isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
public class StatsController {

    private final StatsRepository stats;
    private final BulletinRepository bulletins;
    private final int latestFailures;

    public StatsController(StatsRepository stats, BulletinRepository bulletins,
                           @Value("${catalog.stats.latest-failures}") int latestFailures) {
        this.stats = stats;
        this.bulletins = bulletins;
        this.latestFailures = latestFailures;
    }

    /**
     * Documents by type, issuer, year and kind; bulletins by status and kind; the failed bulletins with the
     * latest few.
     *
     * @return the counts
     */
    @Get
    public CatalogStats stats() {
        Map<String, Long> byStatus = CatalogStats.map(stats.bulletinsByStatus());
        Page<BulletinRow> failed = bulletins.findByStatus(BulletinRow.FAILED,
                Pageable.from(0, latestFailures, BulletinController.NEWEST_RECEIVED_FIRST));
        return new CatalogStats(
                new CatalogStats.Documents(stats.countDocuments(), CatalogStats.map(stats.documentsByType()),
                        CatalogStats.map(stats.documentsByIssuer()), CatalogStats.map(stats.documentsByYear()),
                        CatalogStats.map(stats.documentsByKind())),
                new CatalogStats.Bulletins(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                        CatalogStats.map(stats.bulletinsByKind())),
                new CatalogStats.Failed(failed.getTotalSize(), failed.getContent().stream()
                        .map(row -> new CatalogStats.FailedSummary(row.id(), row.sourceKey(), Failure.of(row)))
                        .toList()));
    }
}
