package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;

/** One answer as the score sees it: its question's weight and its option's points (null for 不了解). */
public record WeightedPoints(BigDecimal weight, BigDecimal points) {
}
