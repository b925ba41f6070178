package org.bulletins.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * Tokenizer {@code smartcn_tokenizer}: smartcn's HMM word segmentation on its own, for custom analyzers.
 * It emits every punctuation mark as a "," token; follow it with {@code smartcn_stop} to drop them.
 */
@NamedComponent("smartcn_tokenizer")
public class SmartcnTokenizerFactory implements TokenizerFactory {

    @Override
    public Tokenizer create() {
        return new HMMChineseTokenizer();
    }
}
