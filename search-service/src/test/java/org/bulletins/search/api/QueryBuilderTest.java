package org.bulletins.search.api;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryBuilderTest {

    private final QueryBuilder builder = new QueryBuilder();

    private static String json(Query query) {
        return JsonpUtils.toJsonString(query, new co.elastic.clients.json.jackson.JacksonJsonpMapper());
    }

    @Test
    void userInputIsOnlyEverAValue() {
        String hostile = "稀土 OR title:* AND {\"script\":1}";
        String query = json(builder.text(SearchRequest.of(hostile, null, null, null, null, null, null, null, 0, 10,
                null, QueryDesign.WORDS_AND_CHARS)));
        assertFalse(query.contains("query_string"), query);
        assertFalse(query.contains("\"script\":{"), query);
        assertTrue(query.contains("OR title:*"), "the input is searched as text: " + query);
    }

    @Test
    void wordsAndCharactersAreCombinedAndFiltersApplied() {
        String query = json(builder.text(SearchRequest.of("育儿补贴", "通知", "包头市人民政府办公室", "2024", "2024-01-01",
                null, "gazette", null, 0, 10, null, QueryDesign.WORDS_AND_CHARS)));
        assertTrue(query.contains("\"title^3\""), query);
        assertTrue(query.contains("\"title.chars^3\""), query);
        assertTrue(query.contains("{\"term\":{\"docType\":{\"value\":\"通知\"}}}"), query);
        assertTrue(query.contains("{\"term\":{\"year\":{\"value\":2024}}}"), query);
        assertTrue(query.contains("{\"term\":{\"kind\":{\"value\":\"gazette\"}}}"), query);
        assertTrue(query.contains("\"gte\":\"2024-01-01\""), query);
    }

    @Test
    void quotedPhrasesMustMatchInSequence() {
        String query = json(builder.text(SearchRequest.of("\"堆燃旺火\"", null, null, null, null, null, null, null, 0, 10,
                null, QueryDesign.WORDS_AND_CHARS)));
        assertTrue(query.contains("\"type\":\"phrase\""), query);
        assertTrue(query.contains("\"query\":\"堆燃旺火\""), query);
    }

    @Test
    void charactersOnlyUsesNoWordField() {
        String query = json(builder.text(SearchRequest.of("稀土", null, null, null, null, null, null, null, 0, 10,
                null, QueryDesign.CHARS_ONLY)));
        assertFalse(query.contains("\"title^3\""), query);
        assertFalse(query.contains("\"body\""), query);
    }

    @Test
    void withoutSynonymsTheWordsAreAnalysedAsTheIndexAnalysedTheText() {
        String withSynonyms = json(builder.text(SearchRequest.of("干部任命", null, null, null, null, null, null, null, 0, 10,
                null, QueryDesign.WORDS_AND_CHARS)));
        String without = json(builder.text(SearchRequest.of("干部任命", null, null, null, null, null, null, null, 0, 10,
                null, QueryDesign.NO_SYNONYMS)));
        assertFalse(withSynonyms.contains("\"analyzer\""), withSynonyms);
        assertTrue(withSynonyms.contains("\"auto_generate_synonyms_phrase_query\":false"),
                "a synonym of several words needs its words, not the words side by side: " + withSynonyms);
        assertTrue(without.contains("\"analyzer\":\"zh_words\""), without);
    }
}
