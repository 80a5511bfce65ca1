package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;

/** The unit's actual value of an indicator. */
public record ActualValue(String unit, String indicator, BigDecimal actual) {
}
