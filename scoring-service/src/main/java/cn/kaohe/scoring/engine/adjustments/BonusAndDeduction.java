package cn.kaohe.scoring.engine.adjustments;

import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.result.AppliedAdjustment;
import cn.kaohe.scoring.engine.scenario.AdjustmentKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's bonus and deduction (unrounded). Bonus = min(totalBonusCap, Σ BONUS rules + Σ
 * overachievement bonuses); deduction = min(totalDeductionCap, Σ DEDUCTION rules).
 */
public record BonusAndDeduction(
        BigDecimal bonus,
        BigDecimal deduction,
        BigDecimal bonusBeforeCap,
        BigDecimal deductionBeforeCap) {

    /**
     * @param totalBonusCap     null: no cap
     * @param totalDeductionCap null: no cap
     */
    public static BonusAndDeduction of(List<AppliedAdjustment> applied, BigDecimal overachievement,
                                       BigDecimal totalBonusCap, BigDecimal totalDeductionCap) {
        BigDecimal bonusBeforeCap = sumOf(applied, AdjustmentKind.BONUS).add(overachievement);
        BigDecimal deductionBeforeCap = sumOf(applied, AdjustmentKind.DEDUCTION);
        return new BonusAndDeduction(
                Decimals.capAt(bonusBeforeCap, totalBonusCap),
                Decimals.capAt(deductionBeforeCap, totalDeductionCap),
                bonusBeforeCap,
                deductionBeforeCap);
    }

    private static BigDecimal sumOf(List<AppliedAdjustment> applied, AdjustmentKind kind) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AppliedAdjustment adjustment : applied) {
            if (adjustment.kind() == kind) {
                sum = sum.add(adjustment.counted());
            }
        }
        return sum;
    }
}
