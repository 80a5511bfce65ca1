package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.scenario.Direction;
import java.math.BigDecimal;

/**
 * What one unit brings to one indicator: the assignment's points P and target T, and its actual
 * value A or level (null when not reported).
 */
public record Measurement(Direction direction, BigDecimal points, BigDecimal target, BigDecimal actual, String level) {

    public static Measurement ofActual(Direction direction, BigDecimal points, BigDecimal target, BigDecimal actual) {
        return new Measurement(direction, points, target, actual, null);
    }

    public static Measurement ofLevel(BigDecimal points, String level) {
        return new Measurement(Direction.HIGHER_BETTER, points, null, null, level);
    }
}
