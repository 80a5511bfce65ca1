package cn.kaohe.scoring.engine.result;

import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.engine.scenario.WeightPair;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a unit's result came about, with unrounded intermediate figures. Not part of the contract's
 * result document.
 *
 * @param weights              the weights applied (the category's, else the default)
 * @param earnedTotal          Σ earned over the unit's assignments, unrounded
 * @param pointsTotal          Σ P over the unit's assignments
 * @param targetScore          100 × earnedTotal / pointsTotal, unrounded
 * @param overachievementBonus Σ overachievement bonuses of its indicators, unrounded
 * @param adjustments          one per adjustment rule the unit has facts for, in rulebook order
 * @param bonusBeforeCap       Σ bonus rules + overachievement, before the total bonus cap
 * @param deductionBeforeCap   Σ deduction rules, before the total deduction cap
 * @param finalScore           the final score, unrounded
 * @param excellenceEligible   no veto bars the unit from EXCELLENT
 * @param excellenceRoute      how it became EXCELLENT, or null
 * @param gradeBeforeVetoes    the grade of quotas and thresholds, before MAX_GRADE/FORCE_GRADE
 */
public record UnitExplanation(
        String unit,
        WeightPair weights,
        BigDecimal earnedTotal,
        BigDecimal pointsTotal,
        BigDecimal targetScore,
        BigDecimal overachievementBonus,
        List<AppliedAdjustment> adjustments,
        BigDecimal bonusBeforeCap,
        BigDecimal deductionBeforeCap,
        BigDecimal finalScore,
        boolean excellenceEligible,
        ExcellenceRoute excellenceRoute,
        Grade gradeBeforeVetoes,
        Grade grade) {

    public UnitExplanation {
        adjustments = List.copyOf(adjustments);
    }
}
