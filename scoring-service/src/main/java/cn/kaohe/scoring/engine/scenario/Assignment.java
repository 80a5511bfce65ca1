package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;

/** 目标责任书 line: the unit is assessed on the indicator, against the target, for the points. */
public record Assignment(String unit, String indicator, BigDecimal target, BigDecimal points) {
}
