package cn.kaohe.indicators.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * One unit × indicator after a month: completion, time progress, the gap in percentage points and
 * the colour. Completion and time progress are reported to 4 decimals (97.16% = 0.9716), the gap
 * to 2; the colour is decided on the exact gap.
 *
 * @param completion   null when it cannot be computed (no target, or lower-is-better with actual 0)
 */
public record ScheduleCheck(BigDecimal completion, BigDecimal timeProgress, BigDecimal gap, Colour colour) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Higher-is-better: completion = cumulative actual ÷ annual target; lower-is-better: target ÷
     * actual. Gap = (completion − time progress) × 100. Green at gap ≥ 0, yellow down to the red
     * threshold (−10 by default, inclusive), red below.
     */
    public static ScheduleCheck progress(BigDecimal actual, BigDecimal target, boolean higherIsBetter,
                                         ExpectedProgress schedule, int month, Thresholds thresholds) {
        BigDecimal time = schedule.afterMonth(month);
        BigDecimal completion = completion(actual, target, higherIsBetter);
        if (completion == null) {
            return new ScheduleCheck(null, round4(time), null, higherIsBetter ? null : Colour.GREEN);
        }
        BigDecimal gap = completion.subtract(time).multiply(HUNDRED);
        Colour colour = gap.signum() >= 0 ? Colour.GREEN
                : gap.compareTo(thresholds.redBelowGap()) >= 0 ? Colour.YELLOW : Colour.RED;
        return new ScheduleCheck(round4(completion), round4(time), gap.setScale(2, RoundingMode.HALF_UP), colour);
    }

    /**
     * Control-line indicators (accidents, petitions: the target is a ceiling for the year): yellow at
     * or above {@code controlYellowShare} of the line, red above it.
     */
    public static Colour controlLine(BigDecimal actual, BigDecimal line, Thresholds thresholds) {
        if (actual.compareTo(line) > 0) {
            return Colour.RED;
        }
        return actual.compareTo(line.multiply(thresholds.controlYellowShare())) >= 0 ? Colour.YELLOW : Colour.GREEN;
    }

    private static BigDecimal completion(BigDecimal actual, BigDecimal target, boolean higherIsBetter) {
        if (actual == null || target == null || target.signum() <= 0) {
            return null;
        }
        if (higherIsBetter) {
            return actual.divide(target, MathContext.DECIMAL64);
        }
        return actual.signum() == 0 ? null : target.divide(actual, MathContext.DECIMAL64);
    }

    private static BigDecimal round4(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }
}
