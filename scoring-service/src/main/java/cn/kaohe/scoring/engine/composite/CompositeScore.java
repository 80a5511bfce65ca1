package cn.kaohe.scoring.engine.composite;

import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.scenario.WeightPair;
import java.math.BigDecimal;

/**
 * The unit's scores, unrounded: rounding happens only when they are reported, so the final score
 * is computed from the exact target score (as in the worked example).
 */
public final class CompositeScore {
    private CompositeScore() {
    }

    /** Target score (目标任务得分) = 100 × Σ earned / Σ P; 0 for a unit without assignments. */
    public static BigDecimal targetScore(BigDecimal earnedTotal, BigDecimal pointsTotal) {
        if (pointsTotal.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return Decimals.divide(earnedTotal.multiply(Decimals.HUNDRED), pointsTotal);
    }

    /** Final = w.target × target score + w.social × social score + bonus − deduction. */
    public static BigDecimal finalScore(WeightPair weights, BigDecimal targetScore, BigDecimal socialScore,
                                        BigDecimal bonus, BigDecimal deduction) {
        return weights.target().multiply(targetScore)
                .add(weights.social().multiply(socialScore))
                .add(bonus)
                .subtract(deduction);
    }
}
