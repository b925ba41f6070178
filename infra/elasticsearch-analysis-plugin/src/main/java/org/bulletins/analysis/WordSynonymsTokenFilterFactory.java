package org.bulletins.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code word_synonyms}: Lucene's SynonymGraphFilter over smartcn words, for search analyzers (the
 * distribution lacks analysis-common's {@code synonym_graph}). Its rules (setting {@code synonyms}, Solr format)
 * are segmented the way {@code smartcn_tokenizer} + {@code smartcn_stop} + the folds segment text, so a rule
 * word smartcn splits in two still matches: the filter belongs after those in the chain.
 */
@NamedComponent("word_synonyms")
public class WordSynonymsTokenFilterFactory implements TokenFilterFactory {

    private final SynonymMap synonyms;

    @Inject
    public WordSynonymsTokenFilterFactory(SynonymSettings settings) {
        this.synonyms = parse(settings.synonyms());
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, true);
    }

    static SynonymMap parse(Iterable<String> rules) {
        try (Analyzer words = new RuleAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
            parser.parse(new StringReader(String.join("\n", rules)));
            return parser.build();
        } catch (ParseException e) {
            // The parser names the line; its cause says why (e.g. a word the analyzer removes entirely).
            String why = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
            throw new IllegalArgumentException("word_synonyms: " + e.getMessage() + why
                + ". Rules look like '任免, 任命' or '外贸 => 外贸, 进出口'", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the rules' words are segmented: the chain that precedes this filter in the index's word analyzers. */
    private static final class RuleAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new HMMChineseTokenizer();
            TokenStream stream = new StopFilter(tokenizer, SmartChineseAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new CJKWidthFilter(stream)));
        }
    }
}
