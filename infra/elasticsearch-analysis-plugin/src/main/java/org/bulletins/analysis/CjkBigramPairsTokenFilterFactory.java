package org.bulletins.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code cjk_bigram_pairs}: overlapping bigrams of CJK characters (人民政府 → 人民 民政 政府).
 * <p>
 * It only acts on the token types the {@code standard} tokenizer gives single CJK characters, so it belongs after
 * {@code standard}, not after {@code smartcn_tokenizer} (whose tokens it passes through unchanged).
 */
@NamedComponent("cjk_bigram_pairs")
public class CjkBigramPairsTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKBigramFilter(tokenStream);
    }
}
