package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;

/** A kind of bonus (加分) or deduction (扣分) item, with an optional cap on its sum per unit. */
public record AdjustmentRule(String code, AdjustmentKind kind, BigDecimal cap) {
}
