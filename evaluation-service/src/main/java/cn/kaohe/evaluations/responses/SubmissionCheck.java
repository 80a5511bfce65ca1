package cn.kaohe.evaluations.responses;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.evaluations.scores.ResponseScore;
import cn.kaohe.evaluations.scores.WeightedPoints;
import cn.kaohe.evaluations.surveys.AnswerOption;
import cn.kaohe.evaluations.surveys.Question;
import cn.kaohe.evaluations.surveys.RespondentGroup;
import cn.kaohe.evaluations.surveys.SurveyDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of one submission against the survey's definition and what the credential allows: the
 * unit is one it may rate, every answer names a question and one of its options, no question twice,
 * every required question answered. Pure: names every offending field, writes nothing.
 */
public final class SubmissionCheck {

    /** Either the violations or the checked response. */
    public record Outcome(List<FieldViolation> violations, CheckedResponse response) {
    }

    private SubmissionCheck() {
    }

    /**
     * @param group       the credential's group
     * @param allowedUnits the units the credential may rate
     */
    public static Outcome check(SurveyDefinition definition, String group, List<String> allowedUnits,
                                Submission submission) {
        List<FieldViolation> errors = new ArrayList<>();
        RespondentGroup respondents = definition.group(group);
        String unit = submission.unit();
        if (unit == null || unit.isBlank()) {
            errors.add(new FieldViolation("$.unit", "required", "须指明被评价单位 / unit is required"));
        } else if (respondents == null || !respondents.rates(unit) || !allowedUnits.contains(unit)) {
            errors.add(new FieldViolation("$.unit", "unit-not-assigned",
                    "此链接不能评价该单位 / this link may not rate unit " + unit));
        }
        List<Submission.Answer> answers = submission.answers() == null ? List.of() : submission.answers();
        List<CheckedAnswer> checked = new ArrayList<>();
        List<WeightedPoints> weighted = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            String at = "$.answers[" + i + "]";
            Submission.Answer answer = answers.get(i);
            if (answer == null) {
                errors.add(new FieldViolation(at, "required", "必填 / required"));
                continue;
            }
            Question question = answer.question() == null ? null : definition.question(answer.question());
            if (question == null) {
                errors.add(new FieldViolation(at + ".question", "unknown-question",
                        "问卷无此题 / no question " + answer.question()));
                continue;
            }
            if (!answered.add(question.code())) {
                errors.add(new FieldViolation(at + ".question", "duplicate",
                        "同一题只能回答一次 / question " + question.code() + " answered twice"));
                continue;
            }
            AnswerOption option = question.option(answer.option());
            if (option == null) {
                errors.add(new FieldViolation(at + ".option", "unknown-option",
                        "该题无此选项 / question " + question.code() + " has no option " + answer.option()));
                continue;
            }
            checked.add(new CheckedAnswer(question.code(), option.code(), option.points(), option.countsAsSatisfied()));
            weighted.add(new WeightedPoints(question.weight(), option.points()));
        }
        for (Question question : definition.questions()) {
            if (question.mustAnswer() && !answered.contains(question.code())) {
                errors.add(new FieldViolation("$.answers[" + question.code() + "]", "required",
                        "此题必答 / question " + question.code() + " must be answered"));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(List.copyOf(errors), null);
        }
        if (checked.isEmpty()) {
            return new Outcome(List.of(new FieldViolation("$.answers", "required",
                    "至少回答一题 / answer at least one question")), null);
        }
        // Stored and tallied in question order, so concurrent transactions lock tally rows in one order.
        checked.sort(Comparator.comparing(CheckedAnswer::question));
        return new Outcome(List.of(), new CheckedResponse(unit, group, List.copyOf(checked), ResponseScore.of(weighted)));
    }
}
