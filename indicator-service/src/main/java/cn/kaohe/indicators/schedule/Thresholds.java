package cn.kaohe.indicators.schedule;

import java.math.BigDecimal;

/**
 * A cycle's warning thresholds (domain.md defaults): yellow down to {@code redBelowGap} percentage points
 * behind (-10 ≤ gap < 0 by default), red below it; control lines turn yellow at {@code controlYellowShare}
 * of the line (80%) and red above the line.
 */
public record Thresholds(BigDecimal redBelowGap, BigDecimal controlYellowShare) {

    public static Thresholds defaults() {
        return new Thresholds(BigDecimal.valueOf(-10), new BigDecimal("0.8"));
    }
}
