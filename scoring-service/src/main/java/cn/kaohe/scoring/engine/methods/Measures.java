package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.scenario.Direction;
import java.math.BigDecimal;

/** Measures of an actual value against its target that several rules share. */
public final class Measures {
    private Measures() {
    }

    /** d: how far the actual is on the good side of the target (A − T, or T − A if lower is better). */
    public static BigDecimal difference(Direction direction, BigDecimal actual, BigDecimal target) {
        return direction == Direction.HIGHER_BETTER ? actual.subtract(target) : target.subtract(actual);
    }
}
