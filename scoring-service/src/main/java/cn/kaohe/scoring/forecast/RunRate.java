package cn.kaohe.scoring.forecast;

import cn.kaohe.scoring.engine.scenario.ActualValue;
import cn.kaohe.scoring.upstream.CycleFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * 按序时进度推算: a cumulative actual after month m, divided by the time progress m / 12, is the
 * year-end value at the same pace (domain.md, "Progress rules"). Levels, adjustments and vetoes
 * are taken as they stand. Indicators with their own cumulative schedule are projected linearly
 * until the indicator service publishes schedules with the facts.
 */
public final class RunRate {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private RunRate() {
    }

    public static BigDecimal timeProgress(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12");
        }
        return BigDecimal.valueOf(month).divide(TWELVE, MathContext.DECIMAL64);
    }

    public static CycleFacts projectToYearEnd(CycleFacts facts, int month) {
        if (month == 12) {
            return facts;
        }
        BigDecimal progress = timeProgress(month);
        List<ActualValue> projected = facts.values().stream()
                .map(value -> value.actual() == null ? value : new ActualValue(value.unit(), value.indicator(),
                        value.actual().divide(progress, MathContext.DECIMAL64)))
                .toList();
        return new CycleFacts(facts.cycle(), facts.asOf(), facts.units(), facts.assignments(), projected,
                facts.levels(), facts.adjustments(), facts.vetoes(), facts.sections());
    }
}
