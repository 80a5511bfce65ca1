package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.grading.GradeDecision;
import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.methods.Completion;
import cn.kaohe.scoring.engine.methods.IndicatorScore;
import cn.kaohe.scoring.engine.ranking.Standing;
import cn.kaohe.scoring.engine.result.IndicatorResult;
import cn.kaohe.scoring.engine.result.UnitExplanation;
import cn.kaohe.scoring.engine.result.UnitResult;
import cn.kaohe.scoring.engine.scenario.VetoRule;
import java.math.BigDecimal;
import java.util.List;

/** Turns a unit's unrounded scores, standing and grade into the reported (rounded) figures. */
final class ResultAssembler {
    private ResultAssembler() {
    }

    static UnitResult unitResult(UnitScore score, Standing standing, GradeDecision decision, List<VetoRule> vetoes) {
        var bonusAndDeduction = score.bonusAndDeduction();
        return new UnitResult(
                score.unit().code(),
                score.unit().category(),
                Decimals.roundScore(score.targetScore()),
                Decimals.roundScore(score.socialScoreCounted()),
                Decimals.roundScore(bonusAndDeduction.bonus()),
                Decimals.roundScore(bonusAndDeduction.deduction()),
                Decimals.roundScore(score.finalScore()),
                standing.rankOverall(),
                standing.rankInCategory(),
                decision.grade(),
                vetoes.stream().map(VetoRule::code).toList(),
                score.socialScore() == null,
                score.indicators());
    }

    static UnitExplanation explanation(UnitScore score, GradeDecision decision) {
        var bonusAndDeduction = score.bonusAndDeduction();
        return new UnitExplanation(
                score.unit().code(),
                score.weights(),
                score.earnedTotal(),
                score.pointsTotal(),
                score.targetScore(),
                score.overachievement(),
                score.adjustments(),
                bonusAndDeduction.bonusBeforeCap(),
                bonusAndDeduction.deductionBeforeCap(),
                score.finalScore(),
                decision.excellenceEligible(),
                decision.excellenceRoute(),
                decision.gradeBeforeVetoes(),
                decision.grade());
    }

    static IndicatorResult indicatorResult(String indicator, BigDecimal points, IndicatorScore score,
                                           BigDecimal overachievementBonus) {
        Completion completion = score.completion();
        return new IndicatorResult(
                indicator,
                points,
                Decimals.roundScore(score.earned()),
                completion == null ? null : completion.reported(),
                score.rank(),
                Decimals.roundScore(overachievementBonus),
                score.missing());
    }
}
