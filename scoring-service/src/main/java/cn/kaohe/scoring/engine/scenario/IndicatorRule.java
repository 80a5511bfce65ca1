package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;

/** A leaf indicator of the rulebook: its default points, direction and scoring method. */
public record IndicatorRule(
        String code,
        String name,
        BigDecimal points,
        Direction direction,
        MethodSpec method,
        OverachievementBonus overachievementBonus) {

    public Direction directionOrDefault() {
        return direction == null ? Direction.HIGHER_BETTER : direction;
    }
}
