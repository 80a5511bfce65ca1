package cn.kaohe.scoring.engine.methods;

import java.math.BigDecimal;

/** COMPLETION_RATIO: share = 0 below the floor, else min(c, cap); earned = P × share. */
public record CompletionRatio(BigDecimal cap, BigDecimal floor) implements IndividualMethod {

    @Override
    public IndicatorScore score(Measurement m) {
        if (m.actual() == null) {
            return IndicatorScore.notReported();
        }
        Completion completion = Completion.of(m.direction(), m.actual(), m.target());
        BigDecimal earned = completion.isBelow(floor) ? BigDecimal.ZERO : completion.timesCappedAt(m.points(), cap);
        return IndicatorScore.earned(earned, completion);
    }
}
