package org.bulletins.search.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import jakarta.inject.Singleton;
import org.bulletins.search.index.IndexManager;
import org.bulletins.search.index.IndexedDocument;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Titles for what the user is typing: titles (and 文号) that start with it, from the completion field, then
 * titles that contain it mid-way (包头市人民政府关于划定… for 烟花), from a phrase-prefix query on the
 * title's characters. One request to Elasticsearch.
 */
@Singleton
public class TitleSuggester {

    private static final String COMPLETION = "title-start";

    private final ElasticsearchClient client;
    private final IndexManager indexes;

    public TitleSuggester(ElasticsearchClient client, IndexManager indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    public List<TitleSuggestion> suggest(String prefix, int size) throws IOException {
        indexes.ensureReady();
        SearchResponse<IndexedDocument> response = client.search(s -> s
                .index(indexes.alias())
                .size(size)
                .source(src -> src.filter(f -> f.includes("id", "title", "docNumber")))
                .query(q -> q.matchPhrasePrefix(m -> m.field("title.chars").query(prefix)))
                .suggest(sg -> sg.suggesters(COMPLETION, fs -> fs.prefix(prefix)
                        .completion(c -> c.field("titleSuggest").size(size).skipDuplicates(true)))),
                IndexedDocument.class);
        Map<String, TitleSuggestion> byTitle = new LinkedHashMap<>();
        for (Suggestion<IndexedDocument> suggestion : response.suggest().getOrDefault(COMPLETION, List.of())) {
            for (CompletionSuggestOption<IndexedDocument> option : suggestion.completion().options()) {
                add(byTitle, option.source());
            }
        }
        response.hits().hits().forEach(hit -> add(byTitle, hit.source()));
        return byTitle.values().stream().limit(size).toList();
    }

    private static void add(Map<String, TitleSuggestion> byTitle, IndexedDocument d) {
        if (d != null && d.title() != null) {
            byTitle.putIfAbsent(d.title(), new TitleSuggestion(d.title(), d.id(), d.docNumber()));
        }
    }
}
