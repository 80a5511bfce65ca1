package cn.kaohe.evaluations.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.problems.FieldViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyRulesTest {

    private static final List<RatedUnit> UNITS = List.of(new RatedUnit("HANYIN", "汉阴县"));

    private static RespondentGroup group(String code, String weight) {
        return new RespondentGroup(code, code, new BigDecimal(weight), null, null, UNITS);
    }

    private static Question question(String code, List<AnswerOption> options) {
        return new Question(code, "题目 " + code, null, null, options);
    }

    private static SurveyDraft draft(Integer trimAbove, List<Question> questions, List<RespondentGroup> groups) {
        return new SurveyDraft("2024", "SAT", "2024年度社会评价", null, null, null, trimAbove, questions, groups, null);
    }

    private static List<String> paths(List<FieldViolation> errors) {
        return errors.stream().map(error -> error.path() + " " + error.code()).toList();
    }

    @Test
    void aQuestionWithoutOptionsGetsTheDefaultScaleWithTheFirstThreeSatisfied() {
        SurveyDefinition complete = SurveyRules.complete(draft(null, List.of(question("Q1", null)),
                List.of(group("PUBLIC", "1"))).definition());

        Question q = complete.questions().get(0);
        assertThat(q.options()).extracting(AnswerOption::label).containsExactly("满意", "比较满意", "基本满意", "不满意", "不了解");
        assertThat(q.options()).extracting(option -> option.points() == null ? null : option.points().toPlainString())
                .containsExactly("100", "80", "60", "0", null);
        assertThat(q.options()).extracting(AnswerOption::satisfied).containsExactly(true, true, true, false, false);
        assertThat(q.weight()).isEqualByComparingTo("1");
        assertThat(q.required()).isTrue();
        assertThat(complete.trim()).isEqualTo(5);
        assertThat(complete.groups().get(0).minimumResponses()).isEqualTo(5);
        assertThat(complete.groups().get(0).anonymous()).isTrue();
    }

    @Test
    void withoutAStatedChoiceTheFirstThreeOptionsCarryingPointsAreSatisfied() {
        List<AnswerOption> options = List.of(new AnswerOption("N", "不了解", null, null),
                new AnswerOption("A", "好", BigDecimal.TEN, null), new AnswerOption("B", "较好", BigDecimal.ONE, null),
                new AnswerOption("C", "一般", BigDecimal.ONE, null), new AnswerOption("D", "差", BigDecimal.ZERO, null));
        SurveyDefinition complete = SurveyRules.complete(draft(null, List.of(question("Q1", options)), List.of()).definition());

        assertThat(complete.questions().get(0).options()).extracting(AnswerOption::satisfied)
                .containsExactly(false, true, true, true, false);
    }

    @Test
    void aStatedSatisfiedChoiceReplacesTheDefault() {
        List<AnswerOption> options = List.of(new AnswerOption("A", "满意", BigDecimal.TEN, true),
                new AnswerOption("B", "一般", BigDecimal.ONE, null), new AnswerOption("C", "差", BigDecimal.ZERO, null));
        SurveyDefinition complete = SurveyRules.complete(draft(null, List.of(question("Q1", options)), List.of()).definition());

        assertThat(complete.questions().get(0).options()).extracting(AnswerOption::satisfied)
                .containsExactly(true, false, false);
    }

    @Test
    void groupWeightsMustSumToOne() {
        var errors = SurveyRules.violations(draft(null, List.of(), List.of(group("A", "0.3"), group("B", "0.3"))), false);

        assertThat(paths(errors)).containsExactly("$.groups weights-must-sum-to-one");
        assertThat(SurveyRules.violations(draft(null, List.of(), List.of(group("A", "0.30"), group("B", "0.7"))), false))
                .isEmpty();
    }

    @Test
    void everyOffendingFieldIsNamedByItsPath() {
        List<AnswerOption> options = List.of(new AnswerOption("A", "满意", new BigDecimal("-1"), null),
                new AnswerOption("A", "又满意", new BigDecimal("101"), null),
                new AnswerOption("U", "不了解", null, true));
        var draft = draft(1, List.of(question("Q1", options), question("Q1", null)),
                List.of(new RespondentGroup("G", "", new BigDecimal("1.5"), 0, null,
                        List.of(new RatedUnit("X", "x"), new RatedUnit("X", "y")))));

        assertThat(paths(SurveyRules.violations(draft, false))).containsExactlyInAnyOrder(
                "$.trimAbove out-of-range",
                "$.questions[0].options[0].points out-of-range",
                "$.questions[0].options[1].code duplicate",
                "$.questions[0].options[1].points out-of-range",
                "$.questions[0].options[2].satisfied satisfied-without-points",
                "$.questions[1].code duplicate",
                "$.groups[0].name required",
                "$.groups[0].weight out-of-range",
                "$.groups[0].minimumResponses out-of-range",
                "$.groups[0].units[1].code duplicate");
    }

    @Test
    void aQuestionNeedsAnOptionCarryingPoints() {
        List<AnswerOption> options = List.of(new AnswerOption("U", "不了解", null, null),
                new AnswerOption("V", "说不清", null, null));

        assertThat(paths(SurveyRules.violations(draft(null, List.of(question("Q1", options)), List.of()), false)))
                .containsExactly("$.questions[0].options no-points");
    }

    @Test
    void trimmingIsNoneOrAtLeastTwo() {
        assertThat(SurveyRules.violations(draft(0, List.of(), List.of()), false)).isEmpty();
        assertThat(SurveyRules.violations(draft(2, List.of(), List.of()), false)).isEmpty();
        assertThat(paths(SurveyRules.violations(draft(-1, List.of(), List.of()), false)))
                .containsExactly("$.trimAbove out-of-range");
    }

    @Test
    void openingNeedsQuestionsGroupsAndUnits() {
        var empty = new SurveyDefinition(5, List.of(), List.of());
        assertThat(paths(SurveyRules.readyToOpen(empty))).containsExactly("$.questions required", "$.groups required");
        var noUnits = new SurveyDefinition(5, List.of(question("Q1", null)),
                List.of(new RespondentGroup("G", "g", BigDecimal.ONE, 5, true, List.of())));
        assertThat(paths(SurveyRules.readyToOpen(noUnits))).containsExactly("$.groups[0].units required");
    }

    @Test
    void textsAndOrderDoNotChangeHowASurveyScores() {
        var before = SurveyRules.complete(draft(null, List.of(question("Q1", null), question("Q2", null)),
                List.of(group("A", "0.4"), group("B", "0.6"))).definition());
        var renamed = SurveyRules.complete(draft(5, List.of(
                        new Question("Q2", "新的题目", new BigDecimal("1.0"), true, null),
                        new Question("Q1", "另一题", null, null, null)),
                List.of(new RespondentGroup("B", "新名称", new BigDecimal("0.60"), 5, true,
                                List.of(new RatedUnit("HANYIN", "汉阴"))), group("A", "0.4"))).definition());

        assertThat(SurveyRules.scoresAlike(before, renamed)).isTrue();
    }

    @Test
    void pointsWeightsGroupsMinimumsAndTrimmingChangeHowASurveyScores() {
        var before = SurveyRules.complete(draft(null, List.of(question("Q1", null)), List.of(group("A", "1"))).definition());

        assertThat(SurveyRules.scoresAlike(before, SurveyRules.complete(draft(3, List.of(question("Q1", null)),
                List.of(group("A", "1"))).definition()))).isFalse();
        assertThat(SurveyRules.scoresAlike(before, SurveyRules.complete(draft(null, List.of(
                new Question("Q1", "题目 Q1", BigDecimal.TEN, null, null)), List.of(group("A", "1"))).definition()))).isFalse();
        assertThat(SurveyRules.scoresAlike(before, SurveyRules.complete(draft(null, List.of(question("Q1", null)),
                List.of(new RespondentGroup("A", "A", BigDecimal.ONE, 6, null, UNITS))).definition()))).isFalse();
        assertThat(SurveyRules.scoresAlike(before, SurveyRules.complete(draft(null, List.of(question("Q1", List.of(
                        new AnswerOption("S", "满意", BigDecimal.valueOf(90), null), new AnswerOption("D", "不满意", BigDecimal.ZERO,
                                null)))),
                List.of(group("A", "1"))).definition()))).isFalse();
        assertThat(SurveyRules.scoresAlike(before, SurveyRules.complete(draft(null, List.of(question("Q1", null)),
                List.of(new RespondentGroup("A", "A", BigDecimal.ONE, null, null,
                        List.of(new RatedUnit("HANYIN", "汉阴县"), new RatedUnit("SHIQUAN", "石泉县"))))).definition())))
                .isFalse();
    }
}
