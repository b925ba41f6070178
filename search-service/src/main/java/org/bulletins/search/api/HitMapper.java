package org.bulletins.search.api;

import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import jakarta.inject.Singleton;
import org.bulletins.search.index.IndexedDocument;

import java.util.List;
import java.util.Optional;

/** Asks for highlights and turns a hit into the API's {@link SearchHit}, preferring word-level highlights. */
@Singleton
public class HitMapper {

    static final int SNIPPET_CHARS = 120;

    public Highlight highlight() {
        // noMatchSize on the word fields: a hit found by its number or by characters still gets a title and snippet.
        HighlightField title = HighlightField.of(f -> f.numberOfFragments(0).noMatchSize(1000));
        HighlightField titleChars = HighlightField.of(f -> f.numberOfFragments(0));
        HighlightField body = HighlightField.of(f -> f.fragmentSize(SNIPPET_CHARS).numberOfFragments(1).noMatchSize(SNIPPET_CHARS));
        HighlightField bodyChars = HighlightField.of(f -> f.fragmentSize(SNIPPET_CHARS).numberOfFragments(1));
        return Highlight.of(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                .fields(NamedValue.of("title", title))
                .fields(NamedValue.of("title.chars", titleChars))
                .fields(NamedValue.of("body", body))
                .fields(NamedValue.of("body.chars", bodyChars)));
    }

    public SearchHit hit(Hit<IndexedDocument> hit) {
        IndexedDocument d = hit.source();
        if (d == null) {
            throw new IllegalStateException("hit " + hit.id() + " came without its source");
        }
        String title = matched(hit, "title", "title.chars");
        String snippet = matched(hit, "body", "body.chars");
        return new SearchHit(hit.id(), d.title(), d.docNumber(), d.issuer(), d.docType(), d.issuedDate(),
                d.bulletinId(), snippet, title, d.kind(), d.bulletinTitle(), hit.score());
    }

    /** The word field's highlight if words matched, else the characters', else the word field's unmatched text. */
    private static String matched(Hit<?> hit, String wordField, String charField) {
        return first(hit, wordField).filter(s -> s.contains("<em>"))
                .or(() -> first(hit, charField))
                .or(() -> first(hit, wordField))
                .orElse(null);
    }

    private static Optional<String> first(Hit<?> hit, String field) {
        List<String> fragments = hit.highlight().get(field);
        // Character matches come one character per tag: 烟花 → <em>烟</em><em>花</em>; join them.
        return fragments == null || fragments.isEmpty() ? Optional.empty()
                : Optional.of(fragments.get(0).replace("</em><em>", ""));
    }
}
