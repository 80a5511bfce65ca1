package cn.kaohe.indicators.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * 序时进度: how much of the year's target should be done after each month. Linear by default
 * (m / 12); an indicator may carry its own 12 cumulative monthly shares instead (investment weighted
 * to Q4, for example).
 */
public sealed interface ExpectedProgress {

    BigDecimal afterMonth(int month);

    static ExpectedProgress linear() {
        return Linear.INSTANCE;
    }

    /** @param cumulativeShares 12 shares, non-decreasing, each in [0, 1], the last exactly 1 */
    static ExpectedProgress of(List<BigDecimal> cumulativeShares) {
        return cumulativeShares == null ? Linear.INSTANCE : new Custom(List.copyOf(cumulativeShares));
    }

    final class Linear implements ExpectedProgress {
        private static final Linear INSTANCE = new Linear();
        private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

        @Override
        public BigDecimal afterMonth(int month) {
            checkMonth(month);
            return BigDecimal.valueOf(month).divide(TWELVE, MathContext.DECIMAL64);
        }
    }

    record Custom(List<BigDecimal> cumulativeShares) implements ExpectedProgress {
        @Override
        public BigDecimal afterMonth(int month) {
            checkMonth(month);
            return cumulativeShares.get(month - 1);
        }
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
    }
}
