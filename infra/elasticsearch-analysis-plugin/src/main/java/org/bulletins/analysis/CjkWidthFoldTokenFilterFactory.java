package org.bulletins.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code cjk_width_fold}: full-width ASCII to half-width (ＡＢＣ１２３ → ABC123) and half-width katakana
 * to full-width. Lucene analysis-common is part of Elasticsearch and readable by stable plugins, so nothing is bundled.
 */
@NamedComponent("cjk_width_fold")
public class CjkWidthFoldTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKWidthFilter(tokenStream);
    }

    /**
     * Per-character folding, so analyzers using it also fold wildcard/prefix/fuzzy query terms. (Custom normalizers
     * cannot use it: Elasticsearch only accepts its own NormalizingTokenFilterFactory filters there.)
     */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
