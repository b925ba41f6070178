package org.bulletins.search.api;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Elasticsearch query of a search with the typed client: the user's text is only ever the value of
 * a match query, never query syntax. Text is analysed twice in the index, as smartcn words ({@code title},
 * {@code body}, …) and as single characters ({@code *.chars}); the query design says how both are combined.
 */
@Singleton
public class QueryBuilder {

    static final List<String> WORD_FIELDS = List.of("title^3", "subtitle^2", "body", "issuer.text", "authors.text",
            "attachments");
    static final List<String> CHAR_FIELDS = List.of("title.chars^3", "subtitle.chars^2", "body.chars",
            "attachments.chars", "docNumber.chars");
    /** Short queries need every word; of longer ones (a sentence typed as is) most. */
    private static final String MOST_WORDS = "3<80%";
    /**
     * Characters in sequence qualify a document smartcn segmented otherwise (禁放), but score below words: 民政 is
     * also the middle of 人民政府, and a document about 民政 must rank above every 人民政府 notice.
     */
    private static final float CHARS_WEIGHT = 0.2f;
    private static final float TITLE_PHRASE_BOOST = 4f;
    /** The word fields' index analyzer: their search analyzer without the synonyms. */
    private static final String WORDS_AS_INDEXED = "zh_words";

    /** The full-text query with the request's filters. */
    public Query text(SearchRequest request) {
        QueryText text = request.text();
        QueryDesign design = request.design();
        BoolQuery.Builder bool = new BoolQuery.Builder();
        for (String phrase : text.phrases()) {
            bool.must(exactPhrase(phrase, design));
            bool.should(titlePhrase(phrase, design == QueryDesign.WORDS_ONLY, design));
        }
        if (text.hasWords()) {
            bool.must(required(text.words(), design));
            bool.should(boosts(text.words(), design));
        }
        bool.filter(filters(request.filters()));
        return bool.build()._toQuery();
    }

    /** The documents with this canonical number (文号), within the request's filters. */
    public Query docNumber(String canonical, SearchFilters filters) {
        return Query.of(q -> q.bool(b -> b
                .must(m -> m.term(t -> t.field("docNumber").value(canonical)))
                .filter(filters(filters))));
    }

    private static Query required(String words, QueryDesign design) {
        return switch (design) {
            case WORDS_ONLY -> allWords(words, design);
            case CHARS_ONLY -> Query.of(q -> q.multiMatch(m -> m.query(words).fields(CHAR_FIELDS)
                    .type(TextQueryType.CrossFields).operator(Operator.And)));
            // A document qualifies by its words, or by the characters in sequence where smartcn split otherwise.
            case WORDS_AND_CHARS, NO_PHRASE_BOOST, NO_SYNONYMS -> Query.of(q -> q.bool(b -> b
                    .should(allWords(words, design))
                    .should(s -> s.multiMatch(m -> m.query(words).fields(CHAR_FIELDS).type(TextQueryType.Phrase).slop(1)
                            .boost(CHARS_WEIGHT)))
                    .minimumShouldMatch("1")));
        };
    }

    /** Ranking signals that qualify nothing on their own. */
    private static List<Query> boosts(String words, QueryDesign design) {
        List<Query> boosts = new ArrayList<>();
        switch (design) {
            case WORDS_AND_CHARS, NO_SYNONYMS -> {
                boosts.add(titlePhrase(words, true, design));
                // Characters in sequence in the title count less than words: 民政 is also inside 人民政府.
                boosts.add(Query.of(q -> q.matchPhrase(m -> m.field("title.chars").query(words).boost(1f))));
            }
            case WORDS_ONLY -> boosts.add(titlePhrase(words, true, design));
            case CHARS_ONLY -> {
                boosts.add(titlePhrase(words, false, design));
                boosts.add(Query.of(q -> q.matchPhrase(m -> m.field("body.chars").query(words))));
            }
            case NO_PHRASE_BOOST -> { }
        }
        return boosts;
    }

    private static Query allWords(String words, QueryDesign design) {
        return Query.of(q -> q.multiMatch(m -> {
            // A synonym of several words (禁放 → 禁止 燃放) needs its words, not the words side by side: the text
            // may say 禁止在市区燃放.
            m.query(words).fields(WORD_FIELDS).type(TextQueryType.CrossFields).minimumShouldMatch(MOST_WORDS)
                    .autoGenerateSynonymsPhraseQuery(false);
            return design == QueryDesign.NO_SYNONYMS ? m.analyzer(WORDS_AS_INDEXED) : m;
        }));
    }

    private static Query exactPhrase(String phrase, QueryDesign design) {
        List<String> fields = design == QueryDesign.WORDS_ONLY ? WORD_FIELDS : CHAR_FIELDS;
        return Query.of(q -> q.multiMatch(m -> m.query(phrase).fields(fields).type(TextQueryType.Phrase)));
    }

    /** The text in sequence in the title, as words (analysed as the design's word query is) or as characters. */
    private static Query titlePhrase(String text, boolean asWords, QueryDesign design) {
        return Query.of(q -> q.matchPhrase(m -> {
            m.field(asWords ? "title" : "title.chars").query(text).boost(TITLE_PHRASE_BOOST);
            return asWords && design == QueryDesign.NO_SYNONYMS ? m.analyzer(WORDS_AS_INDEXED) : m;
        }));
    }

    private static List<Query> filters(SearchFilters f) {
        List<Query> filters = new ArrayList<>();
        if (f.type() != null) {
            filters.add(term("docType", FieldValue.of(f.type())));
        }
        if (f.issuer() != null) {
            filters.add(term("issuer", FieldValue.of(f.issuer())));
        }
        if (f.year() != null) {
            filters.add(term("year", FieldValue.of(f.year())));
        }
        if (f.kind() != null) {
            filters.add(term("kind", FieldValue.of(f.kind())));
        }
        if (f.from() != null || f.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("issuedDate");
                if (f.from() != null) {
                    d.gte(f.from().toString());
                }
                if (f.to() != null) {
                    d.lte(f.to().toString());
                }
                return d;
            }))));
        }
        return filters;
    }

    private static Query term(String field, FieldValue value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
