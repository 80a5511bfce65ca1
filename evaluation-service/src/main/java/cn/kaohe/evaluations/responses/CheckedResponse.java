package cn.kaohe.evaluations.responses;

import java.math.BigDecimal;
import java.util.List;

/** A submission that passed every rule, with its answers priced and its score (null: all 不了解). */
public record CheckedResponse(String unit, String group, List<CheckedAnswer> answers, BigDecimal score) {
}
