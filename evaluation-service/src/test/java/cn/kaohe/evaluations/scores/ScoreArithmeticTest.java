package cn.kaohe.evaluations.scores;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.evaluations.surveys.Question;
import cn.kaohe.evaluations.surveys.RatedUnit;
import cn.kaohe.evaluations.surveys.RespondentGroup;
import cn.kaohe.evaluations.surveys.SurveyDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreArithmeticTest {

    private static final RatedUnit HANYIN = new RatedUnit("HANYIN", "汉阴县");

    private static WeightedPoints answer(String weight, String points) {
        return new WeightedPoints(new BigDecimal(weight), points == null ? null : new BigDecimal(points));
    }

    private static GroupTally tally(String... scores) {
        GroupTally tally = GroupTally.EMPTY;
        for (String score : scores) {
            tally = tally.plus(score == null ? null : new BigDecimal(score));
        }
        return tally;
    }

    private static RespondentGroup group(String code, String weight, int minimum) {
        return new RespondentGroup(code, code, new BigDecimal(weight), minimum, true, List.of(HANYIN));
    }

    private static SurveyDefinition definition(int trimAbove, RespondentGroup... groups) {
        return new SurveyDefinition(trimAbove, List.of(new Question("Q1", "作风", BigDecimal.ONE, true, List.of())),
                List.of(groups));
    }

    @Test
    void responseScoreIsTheWeightedMeanOfTheAnswersCarryingPoints() {
        assertThat(ResponseScore.of(List.of(answer("1", "100"), answer("1", "80"), answer("1", "60"))))
                .isEqualByComparingTo("80");
        assertThat(ResponseScore.of(List.of(answer("2", "100"), answer("1", "0")))).isEqualByComparingTo("66.666666666666666667");
    }

    @Test
    void unknownAnswersAreLeftOutOfTheResponseScore() {
        assertThat(ResponseScore.of(List.of(answer("1", "100"), answer("5", null), answer("1", "60"))))
                .isEqualByComparingTo("80");
    }

    @Test
    void aResponseWithOnlyUnknownAnswersHasNoScore() {
        assertThat(ResponseScore.of(List.of(answer("1", null), answer("1", null)))).isNull();
    }

    @Test
    void groupScoreIsThePlainMeanUpToTrimAboveResponses() {
        GroupTally five = tally("100", "80", "60", "0", "90");

        assertThat(five.trimmed(5)).isFalse();
        assertThat(five.score(5)).isEqualByComparingTo("66");
    }

    @Test
    void aboveTrimAboveTheSingleHighestAndLowestAreDropped() {
        GroupTally six = tally("100", "80", "60", "0", "90", "100");

        assertThat(six.trimmed(5)).isTrue();
        // drop one 100 and the 0: (80 + 60 + 90 + 100) / 4
        assertThat(six.score(5)).isEqualByComparingTo("82.5");
        assertThat(six.score(0)).isEqualByComparingTo("71.666666666666666667");
    }

    @Test
    void responsesWithoutScoreCountTowardNothing() {
        GroupTally tally = tally("80", null, null);

        assertThat(tally.scored()).isEqualTo(1);
        assertThat(tally.unscored()).isEqualTo(2);
        assertThat(tally.score(5)).isEqualByComparingTo("80");
    }

    @Test
    void unitScoreIsTheWeightedMeanOfTheQualifyingGroups() {
        var definition = definition(5, group("DEPUTIES", "0.3", 2), group("UPPER", "0.2", 2), group("PUBLIC", "0.5", 2));
        UnitScores scores = SocialScoreCalculator.unit(definition, HANYIN,
                Map.of("DEPUTIES", tally("90", "80"), "UPPER", tally("100", "100"), "PUBLIC", tally("60")), Map.of());

        // PUBLIC has one valid response, below its minimum of two: (0.3 × 85 + 0.2 × 100) / 0.5
        assertThat(scores.score()).isEqualByComparingTo("91.00");
        assertThat(scores.qualifiedWeight()).isEqualByComparingTo("0.5");
        assertThat(scores.flags()).containsExactly(UnitScores.GROUP_BELOW_MINIMUM);
        assertThat(scores.groups()).extracting(GroupScore::qualified).containsExactly(true, true, false);
        assertThat(scores.groups().get(2).score()).isEqualByComparingTo("60.00");
    }

    @Test
    void withoutAQualifyingGroupAUnitHasNoScoreAndIsFlagged() {
        var definition = definition(5, group("DEPUTIES", "1", 5));
        UnitScores scores = SocialScoreCalculator.unit(definition, HANYIN, Map.of("DEPUTIES", tally("90", null, null,
                null, null)), Map.of());

        assertThat(scores.score()).isNull();
        assertThat(scores.flags()).containsExactly(UnitScores.NO_QUALIFYING_GROUP, UnitScores.GROUP_BELOW_MINIMUM);
        assertThat(scores.groups().get(0).validResponses()).isEqualTo(1);
        assertThat(scores.groups().get(0).responsesWithoutScore()).isEqualTo(4);
    }

    @Test
    void reportedScoresRoundHalfUpToTwoDecimalsAndRatesToFour() {
        var definition = definition(0, group("A", "1", 1));
        UnitScores scores = SocialScoreCalculator.unit(definition, HANYIN, Map.of("A", tally("80.125", "80.125")),
                Map.of("A", Map.of("Q1", new AnswerTally(3, 2, new BigDecimal("240"), 1))));

        assertThat(scores.score()).isEqualByComparingTo("80.13").hasScaleOf(2);
        assertThat(scores.satisfactionRate()).isEqualByComparingTo("0.6667").hasScaleOf(4);
        assertThat(scores.questions().get(0).averagePoints()).isEqualByComparingTo("80.00");
        assertThat(scores.questions().get(0).unknownAnswers()).isEqualTo(1);
    }

    @Test
    void satisfactionRatesAddUpOverGroupsAndQuestions() {
        var definition = new SurveyDefinition(5, List.of(new Question("Q1", "a", BigDecimal.ONE, true, List.of()),
                new Question("Q2", "b", BigDecimal.ONE, true, List.of())),
                List.of(group("A", "0.5", 1), group("B", "0.5", 1)));
        var answers = Map.of(
                "A", Map.of("Q1", new AnswerTally(4, 3, new BigDecimal("320"), 0), "Q2", new AnswerTally(4, 4,
                        new BigDecimal("400"), 0)),
                "B", Map.of("Q1", new AnswerTally(2, 0, BigDecimal.ZERO, 2)));
        UnitScores scores = SocialScoreCalculator.unit(definition, HANYIN, Map.of("A", tally("90"), "B", tally("0")),
                answers);

        assertThat(scores.satisfactionRate()).isEqualByComparingTo("0.7000"); // 7 of 10
        assertThat(scores.groups()).extracting(GroupScore::satisfactionRate)
                .containsExactly(new BigDecimal("0.8750"), new BigDecimal("0.0000"));
        assertThat(scores.questions()).extracting(QuestionRate::satisfactionRate)
                .containsExactly(new BigDecimal("0.5000"), new BigDecimal("1.0000"));
        assertThat(scores.groups().get(1).questions().get(1).satisfactionRate()).isNull();
    }
}
