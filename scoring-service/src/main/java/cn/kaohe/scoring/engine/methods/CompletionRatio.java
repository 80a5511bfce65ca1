package cn.kaohe.scoring.engine.methods;

import java.math.BigDecimal;

/** COMPLETION_RATIO: share = 0 below the floor, else min(c, cap); earned = P × share. */
public record CompletionRatio(BigDecimal cap, BigDecimal floor) implements IndividualMethod {

    @Override
    public IndicatorScore score(Measurement m) {
        if (m.actual() == null) {
            return IndicatorScore.missing();
        }
        Completion completion = Completion.of(m.direction(), m.actual(), m.target());
        BigDecimal share = completion.isBelow(floor) ? BigDecimal.ZERO : completion.cappedAt(cap);
        return IndicatorScore.earned(m.points().multiply(share), completion);
    }
}
