package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;

/** Weight of the target-task score and of the social score; they sum to exactly 1. */
public record WeightPair(BigDecimal target, BigDecimal social) {
}
