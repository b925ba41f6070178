package org.bulletins.search.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.inject.Singleton;
import org.bulletins.events.DocNumber;
import org.bulletins.search.index.IndexManager;
import org.bulletins.search.index.IndexedDocument;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Runs a search: a query that reads as a document number (包府发〔2024〕60号, 包府发[2024]60号, 包府办发2024-126, …)
 * goes straight to that document; anything else, or a number no document has, is searched as text. Copies of
 * one document in several bulletins (same fingerprint) are shown once.
 */
@Singleton
public class DocumentSearch {

    private final ElasticsearchClient client;
    private final IndexManager indexes;
    private final QueryBuilder queries;
    private final FacetReader facets;
    private final HitMapper hits;

    public DocumentSearch(ElasticsearchClient client, IndexManager indexes, QueryBuilder queries, FacetReader facets,
                          HitMapper hits) {
        this.client = client;
        this.indexes = indexes;
        this.queries = queries;
        this.facets = facets;
        this.hits = hits;
    }

    public SearchResult search(SearchRequest request) throws IOException {
        indexes.ensureReady();
        long started = System.nanoTime();
        Optional<String> number = DocNumber.parse(request.query()).map(DocNumber::canonical);
        if (number.isPresent()) {
            SearchResult byNumber = run(request, queries.docNumber(number.get(), request.filters()), started, number.get());
            if (byNumber.total() > 0) {
                return byNumber;
            }
        }
        return run(request, queries.text(request), started, null);
    }

    private SearchResult run(SearchRequest request, Query query, long started, String docNumber) throws IOException {
        SearchResponse<IndexedDocument> response = client.search(s -> s
                .index(indexes.alias())
                .from(request.page() * request.size())
                .size(request.size())
                .trackScores(true)
                .query(query)
                .collapse(c -> c.field("fingerprint"))
                .sort(sort(request.sort()))
                .aggregations(facets.aggregations())
                .source(src -> src.filter(f -> f.excludes("body", "titleSuggest")))
                .highlight(hits.highlight()),
                IndexedDocument.class);
        long total = facets.total(response.aggregations());
        List<SearchHit> page = response.hits().hits().stream().map(hits::hit).toList();
        long tookMs = Math.max(response.took(), (System.nanoTime() - started) / 1_000_000);
        return new SearchResult(total, tookMs, page, request.page(), request.size(),
                facets.read(response.aggregations()), docNumber);
    }

    private static List<SortOptions> sort(SortBy order) {
        return switch (order) {
            case RELEVANCE -> List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
            case DATE -> List.of(
                    SortOptions.of(s -> s.field(f -> f.field("issuedDate").order(SortOrder.Desc).missing("_last"))),
                    SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        };
    }
}
