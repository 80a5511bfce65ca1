package cn.kaohe.evaluations.responses;

import java.math.BigDecimal;

/** An answer as stored: its option's points (null for 不了解) and whether that option counts as satisfied. */
public record CheckedAnswer(String question, String option, BigDecimal points, boolean satisfied) {
}
