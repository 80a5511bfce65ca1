package cn.kaohe.evaluations.responses;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.evaluations.surveys.DefaultScale;
import cn.kaohe.evaluations.surveys.Question;
import cn.kaohe.evaluations.surveys.RatedUnit;
import cn.kaohe.evaluations.surveys.RespondentGroup;
import cn.kaohe.evaluations.surveys.SurveyDefinition;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionCheckTest {

    private static final SurveyDefinition SURVEY = new SurveyDefinition(5, List.of(
            new Question("Q1", "作风", BigDecimal.valueOf(2), true, DefaultScale.OPTIONS),
            new Question("Q2", "服务", BigDecimal.ONE, true, DefaultScale.OPTIONS),
            new Question("Q3", "建议", BigDecimal.ONE, false, DefaultScale.OPTIONS)),
            List.of(new RespondentGroup("DEPUTIES", "两代表一委员", BigDecimal.ONE, 5, true,
                    List.of(new RatedUnit("HANYIN", "汉阴县"), new RatedUnit("SHIQUAN", "石泉县")))));

    private static SubmissionCheck.Outcome check(List<String> allowed, Submission submission) {
        return SubmissionCheck.check(SURVEY, "DEPUTIES", allowed, submission);
    }

    private static Submission.Answer answer(String question, String option) {
        return new Submission.Answer(question, option);
    }

    private static List<String> paths(SubmissionCheck.Outcome outcome) {
        return outcome.violations().stream().map(error -> error.path() + " " + error.code()).toList();
    }

    @Test
    void aCompleteSubmissionIsPricedAndScoredWithTheQuestionWeights() {
        var outcome = check(List.of("HANYIN"), new Submission("HANYIN",
                List.of(answer("Q2", "DISSATISFIED"), answer("Q1", "SATISFIED"))));

        assertThat(outcome.violations()).isEmpty();
        // (2 × 100 + 1 × 0) / 3
        assertThat(outcome.response().score()).isEqualByComparingTo("66.666666666666666667");
        assertThat(outcome.response().answers()).extracting(CheckedAnswer::question).containsExactly("Q1", "Q2");
        assertThat(outcome.response().answers().get(0).satisfied()).isTrue();
        assertThat(outcome.response().answers().get(1).points()).isEqualByComparingTo("0");
    }

    @Test
    void onlyUnknownAnswersGiveAResponseWithoutScore() {
        var outcome = check(List.of("HANYIN"), new Submission("HANYIN",
                List.of(answer("Q1", "UNKNOWN"), answer("Q2", "UNKNOWN"))));

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.response().score()).isNull();
    }

    @Test
    void everyOffendingAnswerIsNamed() {
        var outcome = check(List.of("HANYIN"), new Submission("HANYIN", List.of(answer("Q1", "SATISFIED"),
                answer("Q1", "SATISFIED"), answer("Q9", "SATISFIED"), answer("Q3", "VERY_GOOD"))));

        assertThat(paths(outcome)).containsExactly("$.answers[1].question duplicate",
                "$.answers[2].question unknown-question", "$.answers[3].option unknown-option",
                "$.answers[Q2] required");
    }

    @Test
    void aUnitTheCredentialMayNotRateIsRefused() {
        assertThat(paths(check(List.of("HANYIN"), new Submission("SHIQUAN", List.of(answer("Q1", "SATISFIED"),
                answer("Q2", "SATISFIED")))))).containsExactly("$.unit unit-not-assigned");
        assertThat(paths(check(List.of("HANYIN", "ANKANG"), new Submission("ANKANG", List.of(answer("Q1", "SATISFIED"),
                answer("Q2", "SATISFIED")))))).containsExactly("$.unit unit-not-assigned");
        assertThat(paths(check(List.of("HANYIN"), new Submission(null, List.of(answer("Q1", "SATISFIED"),
                answer("Q2", "SATISFIED")))))).containsExactly("$.unit required");
    }

    @Test
    void missingAnswersAreRequiredOnes() {
        assertThat(paths(check(List.of("HANYIN"), new Submission("HANYIN", null))))
                .containsExactly("$.answers[Q1] required", "$.answers[Q2] required");
    }
}
