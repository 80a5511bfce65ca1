package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.scenario.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Completion c (完成率): A / T when higher is better, T / A when lower is better. A lower-better
 * actual of 0 is infinitely good: it is modelled as its own case, never as a huge number.
 */
public sealed interface Completion permits Completion.Finite, Completion.Infinite {

    Completion INFINITE = new Infinite();

    static Completion of(Direction direction, BigDecimal actual, BigDecimal target) {
        if (direction == Direction.HIGHER_BETTER) {
            return new Finite(actual, target);
        }
        return actual.signum() == 0 ? INFINITE : new Finite(target, actual);
    }

    boolean isBelow(BigDecimal threshold);

    /**
     * {@code factor × min(c, cap)}, divided out once, so that earned points carry at most
     * {@link Decimals#DIVISION} digits.
     */
    BigDecimal timesCappedAt(BigDecimal factor, BigDecimal cap);

    /** The completion as the result reports it: 4 decimals, or null when infinite. */
    BigDecimal reported();

    /**
     * A finite completion, kept as the exact fraction n / d it is: comparisons are exact, the
     * reported value is the exact quotient rounded once, and every use divides once.
     */
    final class Finite implements Completion {
        private static final int REPORTED_DECIMALS = 4;

        private final BigDecimal numerator;
        private final BigDecimal denominator;

        Finite(BigDecimal numerator, BigDecimal denominator) {
            // A positive denominator keeps "c < x" equivalent to "n < x × d".
            boolean flip = denominator.signum() < 0;
            this.numerator = flip ? numerator.negate() : numerator;
            this.denominator = flip ? denominator.negate() : denominator;
        }

        /** n, with the sign of c. */
        public BigDecimal numerator() {
            return numerator;
        }

        /** d, positive. */
        public BigDecimal denominator() {
            return denominator;
        }

        @Override
        public boolean isBelow(BigDecimal threshold) {
            return numerator.compareTo(threshold.multiply(denominator)) < 0;
        }

        @Override
        public BigDecimal timesCappedAt(BigDecimal factor, BigDecimal cap) {
            return isBelow(cap) ? Decimals.divide(factor.multiply(numerator), denominator) : factor.multiply(cap);
        }

        @Override
        public BigDecimal reported() {
            return numerator.divide(denominator, REPORTED_DECIMALS, RoundingMode.HALF_UP);
        }

        @Override
        public String toString() {
            return "Completion[" + numerator.toPlainString() + " / " + denominator.toPlainString() + "]";
        }
    }

    record Infinite() implements Completion {
        @Override
        public boolean isBelow(BigDecimal threshold) {
            return false;
        }

        @Override
        public BigDecimal timesCappedAt(BigDecimal factor, BigDecimal cap) {
            return factor.multiply(cap);
        }

        @Override
        public BigDecimal reported() {
            return null;
        }
    }
}
