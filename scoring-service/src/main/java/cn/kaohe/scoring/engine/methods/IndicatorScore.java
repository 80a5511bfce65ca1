package cn.kaohe.scoring.engine.methods;

import java.math.BigDecimal;

/**
 * The points a unit earned on one indicator, unrounded.
 *
 * @param completion set for COMPLETION_RATIO and TIERS indicators with a value, else null
 * @param rank       set for RANK indicators with a value, else null
 * @param missing    the value or level was not reported, so nothing was earned
 */
public record IndicatorScore(BigDecimal earned, Completion completion, Integer rank, boolean missing) {

    private static final IndicatorScore MISSING = new IndicatorScore(BigDecimal.ZERO, null, null, true);

    public static IndicatorScore notReported() {
        return MISSING;
    }

    public static IndicatorScore earned(BigDecimal earned) {
        return new IndicatorScore(earned, null, null, false);
    }

    public static IndicatorScore earned(BigDecimal earned, Completion completion) {
        return new IndicatorScore(earned, completion, null, false);
    }

    public static IndicatorScore ranked(BigDecimal earned, int rank) {
        return new IndicatorScore(earned, null, rank, false);
    }
}
