package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.scenario.Direction;
import java.math.BigDecimal;

/**
 * THRESHOLD (控制线): the target is the line. Met: full points. Missed: deductionPerUnit per unit
 * beyond the line, not below zero; without deductionPerUnit a miss earns nothing.
 */
public record Threshold(BigDecimal deductionPerUnit) implements IndividualMethod {

    @Override
    public IndicatorScore score(Measurement m) {
        if (m.actual() == null) {
            return IndicatorScore.notReported();
        }
        if (isMet(m)) {
            return IndicatorScore.earned(m.points());
        }
        if (deductionPerUnit == null) {
            return IndicatorScore.earned(BigDecimal.ZERO);
        }
        BigDecimal beyondLine = m.actual().subtract(m.target()).abs();
        BigDecimal earned = m.points().subtract(deductionPerUnit.multiply(beyondLine));
        return IndicatorScore.earned(Decimals.max(BigDecimal.ZERO, earned));
    }

    private static boolean isMet(Measurement m) {
        int actualVersusLine = m.actual().compareTo(m.target());
        return m.direction() == Direction.HIGHER_BETTER ? actualVersusLine >= 0 : actualVersusLine <= 0;
    }
}
