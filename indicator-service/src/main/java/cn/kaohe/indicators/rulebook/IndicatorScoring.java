package cn.kaohe.indicators.rulebook;

import java.math.BigDecimal;

/** How the rulebook scores one indicator: its points, direction and scoring method's type. */
public record IndicatorScoring(BigDecimal points, String direction, String methodType) {
}
