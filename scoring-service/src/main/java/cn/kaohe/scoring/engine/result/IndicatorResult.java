package cn.kaohe.scoring.engine.result;

import java.math.BigDecimal;

/**
 * One assignment's result.
 *
 * @param points     the assignment's points (as given, or the indicator's)
 * @param earned     rounded to 2 decimals
 * @param completion c rounded to 4 decimals for COMPLETION_RATIO and TIERS indicators with a
 *                   value; null otherwise and when c is infinite
 * @param rank       the rank in the peer group for RANK indicators with a value, else null
 * @param bonus      the overachievement bonus, rounded to 2 decimals (0 without one)
 * @param missing    no value or level was reported: nothing earned
 */
public record IndicatorResult(
        String indicator,
        BigDecimal points,
        BigDecimal earned,
        BigDecimal completion,
        Integer rank,
        BigDecimal bonus,
        boolean missing) {
}
