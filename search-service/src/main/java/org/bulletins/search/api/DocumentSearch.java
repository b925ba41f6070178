package org.bulletins.search.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import jakarta.inject.Singleton;
import org.bulletins.search.index.IndexManager;
import org.bulletins.search.index.IndexedDocument;

import java.io.IOException;
import java.util.List;

/** Builds the query with the typed client (user input is only ever a value, never query syntax) and maps hits. */
@Singleton
public class DocumentSearch {

    private final ElasticsearchClient client;
    private final IndexManager indexes;

    public DocumentSearch(ElasticsearchClient client, IndexManager indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    public SearchResult search(String text, int page, int size) throws IOException {
        indexes.ensureReady();
        long started = System.nanoTime();
        SearchResponse<IndexedDocument> response = client.search(s -> s
                .index(indexes.alias())
                .from(page * size)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .query(query(text))
                .source(src -> src.filter(f -> f.excludes("body")))
                .highlight(h -> h
                        .preTags("<em>").postTags("</em>")
                        .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                        .fields(NamedValue.of("body", HighlightField.of(f -> f.fragmentSize(120).numberOfFragments(1))))
                        .fields(NamedValue.of("body.chars", HighlightField.of(f -> f.fragmentSize(120).numberOfFragments(1))))),
                IndexedDocument.class);
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        List<SearchHit> hits = response.hits().hits().stream().map(DocumentSearch::hit).toList();
        return new SearchResult(total, Math.max(response.took(), (System.nanoTime() - started) / 1_000_000), hits);
    }

    private static Query query(String text) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.match(m -> m.field("title").query(text).boost(3f)))
                .should(s -> s.match(m -> m.field("title.chars").query(text).operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And).boost(2f)))
                .should(s -> s.match(m -> m.field("body").query(text)))
                .should(s -> s.match(m -> m.field("body.chars").query(text).operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)))
                .minimumShouldMatch("1")));
    }

    private static SearchHit hit(Hit<IndexedDocument> hit) {
        IndexedDocument d = hit.source();
        String snippet = firstHighlight(hit, "body")
                .or(() -> firstHighlight(hit, "body.chars"))
                .orElse(null);
        return new SearchHit(hit.id(), d == null ? null : d.title(), d == null ? null : d.docNumber(),
                d == null ? null : d.issuer(), d == null ? null : d.docType(), d == null ? null : d.issuedDate(),
                d == null ? null : d.bulletinId(), snippet);
    }

    private static java.util.Optional<String> firstHighlight(Hit<?> hit, String field) {
        List<String> fragments = hit.highlight().get(field);
        return fragments == null || fragments.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(fragments.get(0));
    }
}
