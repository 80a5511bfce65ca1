package cn.kaohe.scoring.engine.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic of the contract. Sums and products are exact; quotients keep 34
 * significant digits (the contract asks for at least 10), so rounding to the reported 2 or 4
 * decimals never depends on the division's precision.
 */
public final class Decimals {
    public static final MathContext DIVISION = MathContext.DECIMAL128;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final int SCORE_DECIMALS = 2;
    private static final int COMPLETION_DECIMALS = 4;

    private Decimals() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, DIVISION);
    }

    /** A reported score: half-up to 2 decimals (四舍五入). */
    public static BigDecimal roundScore(BigDecimal value) {
        return value.setScale(SCORE_DECIMALS, RoundingMode.HALF_UP);
    }

    /** A reported completion ratio: half-up to 4 decimals. */
    public static BigDecimal roundCompletion(BigDecimal value) {
        return value.setScale(COMPLETION_DECIMALS, RoundingMode.HALF_UP);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static BigDecimal clamp(BigDecimal value, BigDecimal low, BigDecimal high) {
        return max(low, min(value, high));
    }

    /** {@code min(cap, value)}, where an absent cap means "no cap". */
    public static BigDecimal capAt(BigDecimal value, BigDecimal capOrNull) {
        return capOrNull == null ? value : min(value, capOrNull);
    }

    public static boolean isPositive(BigDecimal value) {
        return value.signum() > 0;
    }

    public static boolean isLess(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) < 0;
    }

    public static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }
}
