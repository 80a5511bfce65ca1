package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;

/**
 * The running aggregate of one question's answers (per unit × group, or summed): the answers carrying
 * points, of those the ones in a "satisfied" option, their points, and the 不了解 answers.
 */
public record AnswerTally(int pointed, int satisfied, BigDecimal pointsSum, int unknown) {

    public static final AnswerTally EMPTY = new AnswerTally(0, 0, BigDecimal.ZERO, 0);

    /** One answer counted in (+1) or out (−1, when its response is excluded). */
    public AnswerTally with(BigDecimal points, boolean isSatisfied, int sign) {
        if (points == null) {
            return new AnswerTally(pointed, satisfied, pointsSum, unknown + sign);
        }
        return new AnswerTally(pointed + sign, satisfied + (isSatisfied ? sign : 0),
                sign > 0 ? pointsSum.add(points) : pointsSum.subtract(points), unknown);
    }

    public AnswerTally plus(AnswerTally other) {
        return new AnswerTally(pointed + other.pointed, satisfied + other.satisfied, pointsSum.add(other.pointsSum),
                unknown + other.unknown);
    }

    /** 满意率 = satisfied ÷ answers carrying points; null when none carries points. */
    public BigDecimal satisfactionRate() {
        return pointed == 0 ? null : Decimals.divide(BigDecimal.valueOf(satisfied), BigDecimal.valueOf(pointed));
    }

    public BigDecimal averagePoints() {
        return pointed == 0 ? null : Decimals.divide(pointsSum, BigDecimal.valueOf(pointed));
    }
}
