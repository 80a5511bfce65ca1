package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;

/** The lowest and highest score of a unit × group's valid responses, both null when it has none. */
public record Extremes(BigDecimal min, BigDecimal max) {
}
