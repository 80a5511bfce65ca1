package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.math.Decimals;
import java.math.BigDecimal;

/**
 * BASE_PLUS_STEP (基本分 + 增减分): P × baseShare for meeting the target, plus stepPoints per unit of
 * difference d (negative below target), kept within [0, P × capShare].
 */
public record BasePlusStep(BigDecimal baseShare, BigDecimal stepPoints, BigDecimal capShare) implements IndividualMethod {

    @Override
    public IndicatorScore score(Measurement m) {
        if (m.actual() == null) {
            return IndicatorScore.notReported();
        }
        BigDecimal difference = Measures.difference(m.direction(), m.actual(), m.target());
        BigDecimal raw = m.points().multiply(baseShare).add(difference.multiply(stepPoints));
        return IndicatorScore.earned(Decimals.clamp(raw, BigDecimal.ZERO, m.points().multiply(capShare)));
    }
}
