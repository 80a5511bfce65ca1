package cn.kaohe.scoring.forecast;

import java.math.BigDecimal;

/**
 * What one more step of effort on an indicator would bring a unit: the step is 1% of the
 * indicator's target in the better direction; the gain is in final-score points.
 */
public record EffortGain(String indicator, BigDecimal step, BigDecimal finalScoreGain) {
}
