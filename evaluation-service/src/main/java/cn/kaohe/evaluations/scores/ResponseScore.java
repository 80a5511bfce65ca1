package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;
import java.util.List;

/** Response score = Σ weight × points ÷ Σ weight over the answers carrying points (不了解 left out). */
public final class ResponseScore {

    private ResponseScore() {
    }

    /** @return the score, or null when no answer carries points (all 不了解): then it counts toward nothing */
    public static BigDecimal of(List<WeightedPoints> answers) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (WeightedPoints answer : answers) {
            if (answer.points() != null) {
                weighted = weighted.add(answer.weight().multiply(answer.points()));
                weights = weights.add(answer.weight());
            }
        }
        return weights.signum() == 0 ? null : Decimals.divide(weighted, weights).stripTrailingZeros();
    }
}
