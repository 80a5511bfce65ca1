package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.adjustments.AdjustmentTally;
import cn.kaohe.scoring.engine.adjustments.BonusAndDeduction;
import cn.kaohe.scoring.engine.composite.CompositeScore;
import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.ranking.RankingEntry;
import cn.kaohe.scoring.engine.result.AppliedAdjustment;
import cn.kaohe.scoring.engine.result.IndicatorResult;
import cn.kaohe.scoring.engine.scenario.Rulebook;
import cn.kaohe.scoring.engine.scenario.UnitRef;
import cn.kaohe.scoring.engine.scenario.WeightPair;
import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's scores before ranking, unrounded.
 *
 * @param socialScore null when the unit has no social score (0 is counted)
 */
record UnitScore(
        UnitRef unit,
        List<IndicatorResult> indicators,
        WeightPair weights,
        BigDecimal earnedTotal,
        BigDecimal pointsTotal,
        BigDecimal targetScore,
        BigDecimal socialScore,
        BigDecimal overachievement,
        List<AppliedAdjustment> adjustments,
        BonusAndDeduction bonusAndDeduction,
        BigDecimal finalScore) {

    static UnitScore of(UnitRef unit, UnitIndicators indicators, ScenarioIndex index) {
        Rulebook rulebook = index.rulebook;
        BigDecimal earnedTotal = indicators.earnedTotal();
        BigDecimal pointsTotal = indicators.pointsTotal();
        BigDecimal overachievement = indicators.overachievementTotal();
        BigDecimal targetScore = CompositeScore.targetScore(earnedTotal, pointsTotal);

        List<AppliedAdjustment> adjustments = AdjustmentTally.tally(rulebook.adjustmentRules(),
                index.adjustmentsByUnit.getOrDefault(unit.code(), List.of()));
        BonusAndDeduction bonusAndDeduction = BonusAndDeduction.of(adjustments, overachievement,
                rulebook.totalBonusCap(), rulebook.totalDeductionCap());

        BigDecimal socialScore = index.socialScoresByUnit.get(unit.code());
        WeightPair weights = rulebook.weights().forCategory(unit.category());
        BigDecimal finalScore = CompositeScore.finalScore(weights, targetScore,
                socialScore == null ? BigDecimal.ZERO : socialScore,
                bonusAndDeduction.bonus(), bonusAndDeduction.deduction());

        return new UnitScore(unit, indicators.results(), weights, earnedTotal, pointsTotal, targetScore, socialScore,
                overachievement, adjustments, bonusAndDeduction, finalScore);
    }

    BigDecimal socialScoreCounted() {
        return socialScore == null ? BigDecimal.ZERO : socialScore;
    }

    /** Ranks and ties compare the rounded, reported scores. */
    RankingEntry rankingEntry() {
        return new RankingEntry(unit.code(), unit.category(), Decimals.roundScore(finalScore),
                Decimals.roundScore(targetScore), Decimals.roundScore(socialScoreCounted()));
    }
}
