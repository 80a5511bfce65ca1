package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;

/**
 * One bonus or deduction item of a unit. Facts with the same {@code dedupeKey} (e.g. the same
 * commendation document) count once.
 */
public record AdjustmentFact(String unit, String rule, BigDecimal points, String dedupeKey) {
}
