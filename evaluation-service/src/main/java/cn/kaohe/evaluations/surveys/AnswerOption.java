package cn.kaohe.evaluations.surveys;

import java.math.BigDecimal;

/**
 * One choice of a question. {@code points} null is "不了解": no points, left out of every average
 * and of the satisfaction rate. {@code satisfied} says whether it counts as satisfied for 满意率.
 */
public record AnswerOption(String code, String label, BigDecimal points, Boolean satisfied) {

    public boolean carriesPoints() {
        return points != null;
    }

    public boolean countsAsSatisfied() {
        return Boolean.TRUE.equals(satisfied);
    }
}
