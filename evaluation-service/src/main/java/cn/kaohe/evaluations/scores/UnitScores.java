package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's social evaluation: its score (null, flagged {@code NO_QUALIFYING_GROUP}, when no group
 * reached its minimum), the 满意率 over every group and question, each group's part and each
 * question's rate.
 */
public record UnitScores(String unit, String name, BigDecimal score, BigDecimal qualifiedWeight,
                         BigDecimal satisfactionRate, List<String> flags, List<GroupScore> groups,
                         List<QuestionRate> questions) {

    public static final String NO_QUALIFYING_GROUP = "NO_QUALIFYING_GROUP";
    public static final String GROUP_BELOW_MINIMUM = "GROUP_BELOW_MINIMUM";
    /** Some counted response carries a flag (a suspicious burst through a public link). */
    public static final String FLAGGED_RESPONSES = "FLAGGED_RESPONSES";
}
