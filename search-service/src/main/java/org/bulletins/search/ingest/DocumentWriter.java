package org.bulletins.search.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.DocumentEvent;
import org.bulletins.search.index.IndexManager;
import org.bulletins.search.index.IndexedDocument;
import org.bulletins.search.index.IndexingConfig;
import org.bulletins.search.index.WriteRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes documents in bulk requests of {@code search.indexing.bulk-size}, keyed by document id (a re-delivered
 * event changes nothing), then deletes the documents their bulletins no longer hold. Any exception means the
 * batch was not fully written and must be retried; a document Elasticsearch refuses for its content is
 * logged and skipped, since retrying cannot change the answer. The bulletin's {@code receivedAt} is the
 * document's external version, so events of an older bulletin version than the one indexed are ignored.
 */
@Singleton
public class DocumentWriter {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentWriter.class);
    private static final int STALE_PAGE = 500;

    private final ElasticsearchClient client;
    private final IndexManager indexes;
    private final WriteRouting routing;
    private final IndexingConfig config;

    public DocumentWriter(ElasticsearchClient client, IndexManager indexes, WriteRouting routing, IndexingConfig config) {
        this.client = client;
        this.indexes = indexes;
        this.routing = routing;
        this.config = config;
    }

    public void write(List<DocumentEvent> events) throws IOException {
        if (events.isEmpty()) {
            return;
        }
        indexes.ensureReady();
        try (WriteRouting.Lease lease = routing.lease()) {
            Set<String> superseded = new HashSet<>();
            for (int from = 0; from < events.size(); from += config.bulkSize()) {
                superseded.addAll(bulk(events.subList(from, Math.min(events.size(), from + config.bulkSize())), lease.indexes()));
            }
            // An older version's document list must not remove what a newer version added.
            Collection<BulletinInfo> bulletins = latestVersions(events.stream()
                    .filter(e -> !superseded.contains(e.document().id())).toList());
            for (String index : lease.indexes()) {
                removeStale(index, bulletins);
            }
            lease.written(bulletins);
        } catch (IOException | RuntimeException e) {
            indexes.invalidate();
            throw e;
        }
        LOG.debug("Indexed {} documents", events.size());
    }

    /**
     * Deletes from {@code index} the documents of these bulletins that their current version no longer lists.
     * Search then bulk delete by id, not delete-by-query: that lives in Elasticsearch's reindex module, which
     * not every distribution ships (the local stack's integ-test one does not).
     */
    public void removeStale(String index, Collection<BulletinInfo> bulletins) throws IOException {
        if (bulletins.isEmpty()) {
            return;
        }
        // Documents written less than a refresh interval ago are invisible to search.
        client.indices().refresh(r -> r.index(index));
        for (BulletinInfo bulletin : bulletins) {
            int removed = 0;
            for (List<String> stale = staleIds(index, bulletin); !stale.isEmpty(); stale = staleIds(index, bulletin)) {
                List<BulkOperation> deletes = stale.stream()
                        .map(id -> BulkOperation.of(op -> op.delete(d -> d.index(index).id(id)))).toList();
                BulkResponse deleted = client.bulk(r -> r.refresh(Refresh.True).operations(deletes));
                if (deleted.errors()) {
                    throw new IllegalStateException("Elasticsearch could not delete the documents bulletin "
                            + bulletin.id() + " no longer holds from " + index + "; the batch is retried");
                }
                removed += stale.size();
            }
            if (removed > 0) {
                LOG.info("Removed {} documents from {} that bulletin {} no longer holds", removed, index, bulletin.id());
            }
        }
    }

    private List<String> staleIds(String index, BulletinInfo bulletin) throws IOException {
        List<FieldValue> ids = bulletin.documentIds().stream().map(FieldValue::of).toList();
        return client.search(s -> s.index(index).size(STALE_PAGE).source(src -> src.fetch(false))
                        .query(q -> q.bool(b -> b
                                .filter(f -> f.term(t -> t.field("bulletinId").value(bulletin.id())))
                                .mustNot(n -> n.terms(t -> t.field("id").terms(v -> v.value(ids)))))), Void.class)
                .hits().hits().stream().map(Hit::id).toList();
    }

    /** @return the ids of documents the index already holds in a newer version */
    private Set<String> bulk(List<DocumentEvent> chunk, List<String> targets) throws IOException {
        List<BulkOperation> operations = new ArrayList<>(chunk.size() * targets.size());
        for (String target : targets) {
            boolean alias = target.equals(indexes.alias());
            for (DocumentEvent event : chunk) {
                IndexedDocument document = IndexedDocument.of(event);
                long version = event.bulletin().receivedAt().toEpochMilli();
                // The bulletin's receivedAt as external version: an older version arriving late changes nothing.
                // require_alias: if the alias vanished, fail instead of auto-creating an index without the mapping.
                operations.add(BulkOperation.of(op -> op.index(i -> i.index(target).id(document.id())
                        .version(version).versionType(VersionType.ExternalGte)
                        .requireAlias(alias).document(document))));
            }
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        Set<String> superseded = new HashSet<>();
        if (!response.errors()) {
            return superseded;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                continue;
            }
            if (item.status() == 429 || item.status() >= 500 || "index_not_found_exception".equals(item.error().type())) {
                throw new IllegalStateException("Elasticsearch could not write document " + item.id() + " to "
                        + item.index() + " (" + item.status() + " " + item.error().reason() + "); the batch is retried");
            }
            if (item.status() == 409) {
                LOG.debug("Document {} in {} is already newer than this event; kept", item.id(), item.index());
                superseded.add(item.id());
                continue;
            }
            LOG.error("Elasticsearch refused document {} for {} ({}: {}); it is skipped: fix its content or the "
                    + "mapping, then re-ingest its bulletin", item.id(), item.index(), item.error().type(), item.error().reason());
        }
        return superseded;
    }

    private static Collection<BulletinInfo> latestVersions(List<DocumentEvent> events) {
        Map<String, BulletinInfo> latest = new LinkedHashMap<>();
        for (DocumentEvent e : events) {
            latest.merge(e.bulletin().id(), e.bulletin(),
                    (a, b) -> b.receivedAt().isBefore(a.receivedAt()) ? a : b);
        }
        return latest.values();
    }
}
