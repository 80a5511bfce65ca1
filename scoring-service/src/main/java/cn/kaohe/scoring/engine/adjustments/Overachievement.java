package cn.kaohe.scoring.engine.adjustments;

import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.methods.Completion;
import cn.kaohe.scoring.engine.methods.Measures;
import cn.kaohe.scoring.engine.scenario.BonusBasis;
import cn.kaohe.scoring.engine.scenario.Direction;
import cn.kaohe.scoring.engine.scenario.OverachievementBonus;
import java.math.BigDecimal;

/**
 * 超额完成加分: over = (c − 1) × 100 percentage points (basis RATIO) or d (basis DIFFERENCE);
 * bonus = min(cap, over × perPoint) when over &gt; 0, else 0. No value, no bonus.
 */
public final class Overachievement {
    private Overachievement() {
    }

    public static BigDecimal bonus(OverachievementBonus rule, Direction direction, BigDecimal target, BigDecimal actual) {
        if (rule == null || actual == null) {
            return BigDecimal.ZERO;
        }
        if (rule.basisOrDefault() == BonusBasis.DIFFERENCE) {
            return bonusFor(rule, Measures.difference(direction, actual, target));
        }
        return switch (Completion.of(direction, actual, target)) {
            // An infinitely good completion is over by any amount: the cap.
            case Completion.Infinite infinite -> rule.cap();
            case Completion.Finite completion -> ratioBonus(rule, completion);
        };
    }

    /** over = (c − 1) × 100 with c = n / d: the bonus (n − d) × 100 × perPoint / d, divided once. */
    private static BigDecimal ratioBonus(OverachievementBonus rule, Completion.Finite completion) {
        BigDecimal overTimesDenominator = completion.numerator().subtract(completion.denominator()).multiply(Decimals.HUNDRED);
        if (overTimesDenominator.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return Decimals.min(rule.cap(), Decimals.divide(overTimesDenominator.multiply(rule.perPoint()), completion.denominator()));
    }

    private static BigDecimal bonusFor(OverachievementBonus rule, BigDecimal over) {
        if (over.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return Decimals.min(rule.cap(), over.multiply(rule.perPoint()));
    }
}
