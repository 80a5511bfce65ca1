package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.scenario.Direction;
import java.math.BigDecimal;

/**
 * Completion c (完成率): A / T when higher is better, T / A when lower is better. A lower-better
 * actual of 0 is infinitely good: it is modelled as its own case, never as a huge number.
 */
public sealed interface Completion permits Completion.Finite, Completion.Infinite {

    Completion INFINITE = new Infinite();

    static Completion of(Direction direction, BigDecimal actual, BigDecimal target) {
        if (direction == Direction.HIGHER_BETTER) {
            return new Finite(Decimals.divide(actual, target));
        }
        return actual.signum() == 0 ? INFINITE : new Finite(Decimals.divide(target, actual));
    }

    boolean isBelow(BigDecimal threshold);

    /** {@code min(c, cap)}. */
    BigDecimal cappedAt(BigDecimal cap);

    /** The completion as the result reports it: 4 decimals, or null when infinite. */
    BigDecimal reported();

    record Finite(BigDecimal value) implements Completion {
        @Override
        public boolean isBelow(BigDecimal threshold) {
            return value.compareTo(threshold) < 0;
        }

        @Override
        public BigDecimal cappedAt(BigDecimal cap) {
            return Decimals.min(value, cap);
        }

        @Override
        public BigDecimal reported() {
            return Decimals.roundCompletion(value);
        }
    }

    record Infinite() implements Completion {
        @Override
        public boolean isBelow(BigDecimal threshold) {
            return false;
        }

        @Override
        public BigDecimal cappedAt(BigDecimal cap) {
            return cap;
        }

        @Override
        public BigDecimal reported() {
            return null;
        }
    }
}
