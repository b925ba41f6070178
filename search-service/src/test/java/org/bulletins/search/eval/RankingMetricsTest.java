package org.bulletins.search.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RankingMetricsTest {

    @Test
    void theIdealRankingScoresOne() {
        assertEquals(1.0, RankingMetrics.ndcg(List.of(3, 2, 1, 0), List.of(1, 3, 2), 10), 1e-9);
    }

    @Test
    void aRelevantDocumentBelowTheCutOffScoresNothing() {
        assertEquals(0.0, RankingMetrics.ndcg(List.of(0, 0, 3), List.of(3), 2), 1e-9);
    }

    @Test
    void aSecondPlaceHalvesTheLogGain() {
        assertEquals(1 / (Math.log(3) / Math.log(2)), RankingMetrics.ndcg(List.of(0, 3), List.of(3), 10), 1e-9);
        assertEquals(0.5, RankingMetrics.reciprocalRank(List.of(0, 3)), 1e-9);
        assertEquals(0.0, RankingMetrics.reciprocalRank(List.of(0, 0)), 1e-9);
    }

    @Test
    void titlesMatchWhateverTheirWidthBracketsAndSpaces() {
        assertEquals(TitleKey.of("关于公布名单（第二批）的通知"), TitleKey.of("关于公布 名单(第二批)的通知"));
        assertEquals(TitleKey.of("包府发〔2024〕60号"), TitleKey.of("包府发[2024]60号"));
    }
}
