package org.bulletins.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code lowercase_fold}: Lucene's LowerCaseFilter (this Elasticsearch has no {@code lowercase} filter). */
@NamedComponent("lowercase_fold")
public class LowercaseFoldTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new LowerCaseFilter(tokenStream);
    }

    /** As for cjk_width_fold: also folds wildcard/prefix/fuzzy query terms. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
