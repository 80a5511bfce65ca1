package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;

/** An answer as the tallies count it: points null for 不了解. */
public record TalliedAnswer(String question, BigDecimal points, boolean satisfied) {
}
