package cn.kaohe.evaluations.scores;

import cn.kaohe.evaluations.surveys.Question;
import cn.kaohe.evaluations.surveys.RatedUnit;
import cn.kaohe.evaluations.surveys.RespondentGroup;
import cn.kaohe.evaluations.surveys.SurveyDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Unit social score = Σ weight × group score ÷ Σ weight over the groups that reached their minimum
 * of valid responses; none reached: no score, flagged. Computed from the running tallies alone.
 */
public final class SocialScoreCalculator {

    private SocialScoreCalculator() {
    }

    /**
     * @param groups    the unit's tally per group code (absent: no response yet)
     * @param questions the unit's answer tally per group code and question code
     */
    public static UnitScores unit(SurveyDefinition definition, RatedUnit unit, Map<String, GroupTally> groups,
                                  Map<String, Map<String, AnswerTally>> questions) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        AnswerTally overall = AnswerTally.EMPTY;
        List<GroupScore> parts = new ArrayList<>();
        Map<String, AnswerTally> perQuestion = new java.util.HashMap<>();
        boolean someBelow = false;
        boolean someFlagged = false;
        for (RespondentGroup group : definition.groups()) {
            if (!group.rates(unit.code())) {
                continue;
            }
            GroupTally tally = groups.getOrDefault(group.code(), GroupTally.EMPTY);
            someFlagged |= tally.flagged() > 0;
            Map<String, AnswerTally> answers = questions.getOrDefault(group.code(), Map.of());
            boolean qualified = tally.scored() >= group.minimum();
            BigDecimal score = tally.score(definition.trim());
            if (qualified) {
                weighted = weighted.add(group.weight().multiply(score));
                weights = weights.add(group.weight());
            } else {
                someBelow = true;
            }
            AnswerTally groupAnswers = AnswerTally.EMPTY;
            List<QuestionRate> rates = new ArrayList<>();
            for (Question question : definition.questions()) {
                AnswerTally answered = answers.getOrDefault(question.code(), AnswerTally.EMPTY);
                groupAnswers = groupAnswers.plus(answered);
                perQuestion.merge(question.code(), answered, AnswerTally::plus);
                rates.add(QuestionRate.of(question.code(), question.text(), answered));
            }
            overall = overall.plus(groupAnswers);
            parts.add(new GroupScore(group.code(), group.name(), group.weight(), tally.scored(), group.minimum(),
                    qualified, tally.trimmed(definition.trim()), Decimals.reportedScore(score),
                    Decimals.reportedRate(groupAnswers.satisfactionRate()), tally.unscored(), tally.excluded(),
                    tally.flagged(), List.copyOf(rates)));
        }
        List<QuestionRate> byQuestion = new ArrayList<>();
        for (Question question : definition.questions()) {
            byQuestion.add(QuestionRate.of(question.code(), question.text(),
                    perQuestion.getOrDefault(question.code(), AnswerTally.EMPTY)));
        }
        List<String> flags = new ArrayList<>();
        BigDecimal score = null;
        if (weights.signum() == 0) {
            flags.add(UnitScores.NO_QUALIFYING_GROUP);
        } else {
            score = Decimals.divide(weighted, weights);
        }
        if (someBelow) {
            flags.add(UnitScores.GROUP_BELOW_MINIMUM);
        }
        if (someFlagged) {
            flags.add(UnitScores.FLAGGED_RESPONSES);
        }
        return new UnitScores(unit.code(), unit.name(), Decimals.reportedScore(score), weights.stripTrailingZeros(),
                Decimals.reportedRate(overall.satisfactionRate()), List.copyOf(flags), List.copyOf(parts),
                List.copyOf(byQuestion));
    }
}
