package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact decimals: divisions to 20 significant digits, reported scores to 2 decimals and rates to 4, half-up. */
public final class Decimals {

    public static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_EVEN);

    private Decimals() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, DIVISION);
    }

    public static BigDecimal reportedScore(BigDecimal score) {
        return score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal reportedRate(BigDecimal rate) {
        return rate == null ? null : rate.setScale(4, RoundingMode.HALF_UP);
    }
}
