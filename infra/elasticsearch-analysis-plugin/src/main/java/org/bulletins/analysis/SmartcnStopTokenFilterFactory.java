package org.bulletins.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code smartcn_stop}: the stop set the {@code smartcn} analyzer uses (punctuation only), so a custom
 * analyzer built on {@code smartcn_tokenizer} keeps punctuation out the same way.
 */
@NamedComponent("smartcn_stop")
public class SmartcnStopTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, SmartChineseAnalyzer.getDefaultStopSet());
    }
}
