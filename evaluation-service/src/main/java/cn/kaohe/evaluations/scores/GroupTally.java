package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;

/**
 * The running aggregate of one unit × group: the valid responses (not excluded, with a score),
 * their sum and extremes, and those without a score or excluded. The database keeps the same
 * numbers with the same rules (see {@code ScoreTallies}); this class states the rules and computes
 * the group score from them. {@code flagged} counts the flagged responses among the non-excluded
 * ones (kept by the database alone: it plays no part in the score).
 */
public record GroupTally(int scored, BigDecimal sum, BigDecimal min, BigDecimal max, int unscored, int excluded,
                         int flagged) {

    public static final GroupTally EMPTY = new GroupTally(0, BigDecimal.ZERO, null, null, 0, 0);

    public GroupTally(int scored, BigDecimal sum, BigDecimal min, BigDecimal max, int unscored, int excluded) {
        this(scored, sum, min, max, unscored, excluded, 0);
    }

    /** A response arrives (score null: all 不了解). */
    public GroupTally plus(BigDecimal score) {
        if (score == null) {
            return new GroupTally(scored, sum, min, max, unscored + 1, excluded, flagged);
        }
        return new GroupTally(scored + 1, sum.add(score), min == null || score.compareTo(min) < 0 ? score : min,
                max == null || score.compareTo(max) > 0 ? score : max, unscored, excluded, flagged);
    }

    /**
     * A response is excluded. Its score may have been an extreme, so the caller passes the extremes
     * of the remaining valid responses, as read from the index (null when none remain).
     */
    public GroupTally minus(BigDecimal score, BigDecimal remainingMin, BigDecimal remainingMax) {
        if (score == null) {
            return new GroupTally(scored, sum, min, max, unscored - 1, excluded + 1, flagged);
        }
        return new GroupTally(scored - 1, sum.subtract(score), remainingMin, remainingMax, unscored, excluded + 1,
                flagged);
    }

    /** An excluded response is reinstated. */
    public GroupTally reinstated(BigDecimal score) {
        GroupTally back = new GroupTally(scored, sum, min, max, unscored, excluded - 1, flagged);
        return back.plus(score);
    }

    /** Whether the single highest and lowest are dropped: more valid responses than {@code trimAbove} (0 = never). */
    public boolean trimmed(int trimAbove) {
        return trimAbove > 0 && scored > trimAbove;
    }

    /** The group score: the mean of the valid responses, without the extremes when trimmed; null without any. */
    public BigDecimal score(int trimAbove) {
        if (scored == 0) {
            return null;
        }
        if (trimmed(trimAbove)) {
            return Decimals.divide(sum.subtract(min).subtract(max), BigDecimal.valueOf(scored - 2L));
        }
        return Decimals.divide(sum, BigDecimal.valueOf(scored));
    }
}
