package org.bulletins.search.eval;

import java.util.List;

/** nDCG@k with exponential gain (2^grade − 1) and the reciprocal rank of the first relevant hit. */
final class RankingMetrics {

    private RankingMetrics() {
    }

    /** @param grades the grade of each hit in rank order; @param ideal all judged grades */
    static double ndcg(List<Integer> grades, List<Integer> ideal, int k) {
        double best = dcg(ideal.stream().sorted((a, b) -> b - a).toList(), k);
        return best == 0 ? 0 : dcg(grades, k) / best;
    }

    static double reciprocalRank(List<Integer> grades) {
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double dcg(List<Integer> grades, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
