package org.bulletins.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code smartcn}: Lucene's SmartChineseAnalyzer with its default stop set.
 * <p>
 * That stop set holds punctuation only (the tokenizer rewrites every punctuation mark to ","), so it keeps
 * 、《》〔〕 etc. out of the index without dropping any real word such as 的/和/关于 — phrase and
 * exact-title matches on government documents still see every word.
 */
@NamedComponent("smartcn")
public class SmartcnAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new SmartChineseAnalyzer();
    }
}
