package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.methods.IndicatorScore;
import cn.kaohe.scoring.engine.result.IndicatorResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's indicators while they are scored: the reported results, and the exact totals the
 * target score and the bonus are computed from. Each score is reported and totalled as soon as it
 * is computed, while it is still at hand (scoring runs indicator by indicator across all units).
 */
final class UnitIndicators {
    private final List<IndicatorResult> results;
    private BigDecimal earnedTotal = BigDecimal.ZERO;
    private BigDecimal pointsTotal = BigDecimal.ZERO;
    private BigDecimal overachievementTotal = BigDecimal.ZERO;

    UnitIndicators(int expectedCount) {
        results = new ArrayList<>(expectedCount);
    }

    void add(String indicator, BigDecimal points, IndicatorScore score, BigDecimal overachievementBonus) {
        results.add(ResultAssembler.indicatorResult(indicator, points, score, overachievementBonus));
        earnedTotal = earnedTotal.add(score.earned());
        pointsTotal = pointsTotal.add(points);
        overachievementTotal = overachievementTotal.add(overachievementBonus);
    }

    List<IndicatorResult> results() {
        return results;
    }

    /** Σ earned, unrounded. */
    BigDecimal earnedTotal() {
        return earnedTotal;
    }

    /** Σ P. */
    BigDecimal pointsTotal() {
        return pointsTotal;
    }

    /** Σ overachievement bonuses, unrounded. */
    BigDecimal overachievementTotal() {
        return overachievementTotal;
    }
}
