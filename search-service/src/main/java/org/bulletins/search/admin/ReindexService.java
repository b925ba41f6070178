package org.bulletins.search.admin;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.bulletins.http.ProblemException;
import org.bulletins.search.index.IndexManager;
import org.bulletins.search.index.IndexedDocument;
import org.bulletins.search.index.IndexingConfig;
import org.bulletins.search.index.WriteRouting;
import org.bulletins.search.ingest.DocumentWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Rebuilds the index into a new version made from the current template, with no downtime: while the
 * documents are copied, the indexer writes to both the old and the new index; the copy keeps each
 * document's version, so it never overwrites a newer document written meanwhile; removals seen during the copy
 * are replayed on the new index; then the alias is swapped atomically and the old index deleted. Derived
 * fields (the fingerprint) are computed again, so a new template's derived fields get filled.
 * <p>
 * The copy pages through the old index (search_after) and bulk-writes, rather than calling {@code _reindex},
 * which lives in a module not every Elasticsearch distribution ships. One reindex at a time; statuses are kept
 * in memory.
 */
@Singleton
public class ReindexService {

    private static final Logger LOG = LoggerFactory.getLogger(ReindexService.class);

    private final ElasticsearchClient client;
    private final IndexManager indexes;
    private final WriteRouting routing;
    private final DocumentWriter writer;
    private final IndexingConfig config;
    private final ExecutorService executor;
    private final Clock clock;
    private final Map<String, ReindexStatus> statuses = new ConcurrentHashMap<>();

    public ReindexService(ElasticsearchClient client, IndexManager indexes, WriteRouting routing, DocumentWriter writer,
                          IndexingConfig config, @Named(TaskExecutors.BLOCKING) ExecutorService executor, Clock clock) {
        this.client = client;
        this.indexes = indexes;
        this.routing = routing;
        this.writer = writer;
        this.config = config;
        this.executor = executor;
        this.clock = clock;
    }

    public synchronized ReindexStatus start() throws IOException {
        Optional<ReindexStatus> running = statuses.values().stream().filter(ReindexStatus::running).findFirst();
        if (running.isPresent()) {
            throw new ProblemException(HttpStatus.CONFLICT, "reindex-running", "reindex " + running.get().taskId()
                    + " is still copying; follow it at /api/admin/reindex/" + running.get().taskId(), null);
        }
        String source = indexes.currentIndex();
        String target = indexes.createVersion();
        routing.startCopyInto(target);
        long total;
        try {
            total = client.count(c -> c.index(source)).count();
        } catch (IOException | RuntimeException e) {
            routing.endCopy(() -> { });
            deleteQuietly(target);
            throw e;
        }
        ReindexStatus status = new ReindexStatus("r-" + UUID.randomUUID().toString().substring(0, 8),
                ReindexStatus.COPYING, indexes.alias(), source, target, 0, total, clock.instant(), null, null);
        statuses.put(status.taskId(), status);
        LOG.info("Reindex {}: copying {} documents from {} into {}", status.taskId(), total, source, target);
        executor.execute(() -> copyAndSwap(status));
        return status;
    }

    public Optional<ReindexStatus> status(String taskId) {
        return Optional.ofNullable(statuses.get(taskId));
    }

    public List<ReindexStatus> all() {
        return statuses.values().stream().sorted(Comparator.comparing(ReindexStatus::startedAt).reversed()).toList();
    }

    private void copyAndSwap(ReindexStatus status) {
        try {
            long copied = copy(status);
            routing.endCopy(() -> {
                // A document removed during the copy may have been copied after its removal: remove it again.
                writer.removeStale(status.target(), routing.bulletinsWrittenDuringCopy());
                // Readers see the whole copy from the moment the alias points at it.
                client.indices().refresh(r -> r.index(status.target()));
                indexes.swapAlias(status.source(), status.target());
            });
            client.indices().delete(d -> d.index(status.source()));
            statuses.put(status.taskId(), status.finished(copied, clock.instant()));
            LOG.info("Reindex {} done: {} documents copied into {}, alias {} swapped, {} deleted", status.taskId(),
                    copied, status.target(), status.alias(), status.source());
        } catch (Exception e) {
            LOG.error("Reindex {} failed; the alias still points at {}", status.taskId(), status.source(), e);
            routing.endCopy(() -> { });
            deleteQuietly(status.target());
            statuses.put(status.taskId(), statuses.get(status.taskId()).failed(e.getMessage()
                    + "; the alias still points at " + status.source()
                    + ": fix the cause (see the service log) and start a new reindex", clock.instant()));
        }
    }

    /** Pages through the source in id order and writes each page to the target with the source's versions. */
    private long copy(ReindexStatus status) throws IOException {
        long copied = 0;
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> searchAfter = after;
            List<Hit<IndexedDocument>> page = client.search(s -> {
                s.index(status.source()).size(config.bulkSize()).version(true)
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return searchAfter.isEmpty() ? s : s.searchAfter(searchAfter);
            }, IndexedDocument.class).hits().hits();
            if (page.isEmpty()) {
                return copied;
            }
            BulkResponse response = client.bulk(b -> b.operations(page.stream().map(hit -> BulkOperation.of(op -> op
                    .index(i -> i.index(status.target()).id(hit.id()).document(hit.source().withFingerprint())
                            .version(hit.version()).versionType(VersionType.External)))).toList()));
            // 409: the indexer already wrote a newer version of that document into the target.
            response.items().stream().filter(i -> i.error() != null && i.status() != 409).findFirst().ifPresent(i -> {
                throw new IllegalStateException("Elasticsearch could not copy document " + i.id() + ": "
                        + i.error().reason());
            });
            copied += page.size();
            after = page.get(page.size() - 1).sort();
            statuses.put(status.taskId(), statuses.get(status.taskId()).progress(copied));
        }
    }

    private void deleteQuietly(String index) {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete the partial index {} ({}); delete it by hand", index, e.getMessage());
        }
    }
}
