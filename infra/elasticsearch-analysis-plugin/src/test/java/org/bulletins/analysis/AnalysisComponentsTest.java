package org.bulletins.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Runs the components' Lucene analysis chains directly, without Elasticsearch. */
class AnalysisComponentsTest {

    private static final String NOTICE_TITLE = "包头市人民政府关于划定禁止燃放烟花爆竹、堆燃旺火时段和区域的通告";

    @Test
    void smartcnAnalyzerSegmentsWordsAndDropsPunctuation() throws IOException {
        Analyzer smartcn = new SmartcnAnalyzerFactory().create();

        assertEquals(List.of("包头市", "人民政府"), terms(smartcn, "包头市人民政府"));
        assertEquals(List.of("禁止", "燃放", "烟花", "爆竹"), terms(smartcn, "禁止燃放烟花爆竹"));
        // smartcn's dictionary has no 堆燃/旺火/时段, so those fall apart into single characters; 、 is dropped.
        assertEquals(
            List.of("包头市", "人民政府", "关于", "划定", "禁止", "燃放", "烟花", "爆竹",
                "堆", "燃", "旺", "火", "时", "段", "和", "区域", "的", "通告"),
            terms(smartcn, NOTICE_TITLE));
        // Document number: 〔 〕 are dropped, the numbers stay whole.
        assertEquals(List.of("包", "府发", "2024", "60", "号"), terms(smartcn, "包府发〔2024〕60号"));
        // Full-width digits and letters are folded and lowercased by smartcn itself; English is Porter-stemmed.
        assertEquals(List.of("第", "12", "号", "abc", "run"), terms(smartcn, "第１２号（ＡＢＣ）Running"));
    }

    @Test
    void smartcnTokenizerEmitsPunctuationAsCommaUntilSmartcnStop() throws IOException {
        Supplier<Tokenizer> tokenizer = new SmartcnTokenizerFactory()::create;

        assertEquals(List.of("包", "府发", ",", "2024", ",", "60", "号"),
            terms(analyzer(tokenizer), "包府发〔2024〕60号"));
        assertEquals(List.of("包", "府发", "2024", "60", "号"),
            terms(analyzer(tokenizer, new SmartcnStopTokenFilterFactory()::create), "包府发〔2024〕60号"));
    }

    @Test
    void cjkWidthFoldFoldsFullWidthAsciiAndHalfWidthKatakana() throws IOException {
        Analyzer width = analyzer(StandardTokenizer::new, new CjkWidthFoldTokenFilterFactory()::create);

        assertEquals(List.of("ABC123"), terms(width, "ＡＢＣ１２３"));
        assertEquals(List.of("カタカナ"), terms(width, "ｶﾀｶﾅ"));
    }

    @Test
    void lowercaseFoldAfterWidthFold() throws IOException {
        Analyzer folded = analyzer(StandardTokenizer::new,
            new CjkWidthFoldTokenFilterFactory()::create, new LowercaseFoldTokenFilterFactory()::create);

        assertEquals(List.of("abc123", "gb"), terms(folded, "ＡＢＣ１２３ GB"));
    }

    @Test
    void cjkBigramPairsBuildsOverlappingBigramsAfterStandardTokenizer() throws IOException {
        Analyzer bigrams = analyzer(StandardTokenizer::new, new CjkBigramPairsTokenFilterFactory()::create);

        assertEquals(List.of("人民", "民政", "政府"), terms(bigrams, "人民政府"));
        assertEquals(List.of("包府", "府发", "2024", "60", "号"), terms(bigrams, "包府发〔2024〕60号"));
    }

    @Test
    void wordSynonymsAddTheOtherWordsOfARuleAtTheSamePosition() throws IOException {
        Analyzer search = analyzer(new SmartcnTokenizerFactory()::create, new SmartcnStopTokenFilterFactory()::create,
            new WordSynonymsTokenFilterFactory(() -> List.of("任免, 任命", "外贸 => 外贸, 进出口"))::create);

        assertEquals(List.of("干部", "任免", "任命"), terms(search, "干部任命"));
        // One way: 进出口 does not bring 外贸 back.
        assertEquals(List.of("外贸", "进出口"), terms(search, "外贸"));
        assertEquals(List.of("进出口"), terms(search, "进出口"));
    }

    @Test
    void wordSynonymsWithoutRulesChangeNothing() throws IOException {
        Analyzer search = analyzer(new SmartcnTokenizerFactory()::create,
            new WordSynonymsTokenFilterFactory(List::of)::create);

        assertEquals(List.of("干部", "任命"), terms(search, "干部任命"));
    }

    @Test
    void aRuleThatCannotBeReadIsReportedWithHowRulesLook() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new WordSynonymsTokenFilterFactory(() -> List.of("外贸 => ")));

        assertTrue(e.getMessage().contains("Rules look like"), e.getMessage());
    }

    @SafeVarargs
    private static Analyzer analyzer(Supplier<? extends Tokenizer> tokenizer, UnaryOperator<TokenStream>... filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                TokenStream stream = source;
                for (UnaryOperator<TokenStream> filter : filters) {
                    stream = filter.apply(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("field", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
