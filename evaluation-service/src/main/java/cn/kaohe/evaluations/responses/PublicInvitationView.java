package cn.kaohe.evaluations.responses;

import cn.kaohe.evaluations.surveys.Question;
import cn.kaohe.evaluations.surveys.RatedUnit;
import cn.kaohe.evaluations.surveys.RespondentGroup;
import cn.kaohe.evaluations.surveys.Survey;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a token's holder sees: the survey's texts, the questions with their options (points and
 * weights are not shown), and the units to rate with those already answered. A public link shows the
 * same, its units being the group's and {@code answered} those rated from the asking device.
 */
public record PublicInvitationView(String title, String description, String group, String groupName,
                                   boolean anonymous, OffsetDateTime opensAt, OffsetDateTime expiresAt,
                                   List<PublicQuestion> questions, List<PublicUnit> units) {

    public record PublicOption(String code, String label) {
    }

    public record PublicQuestion(String code, String text, boolean required, List<PublicOption> options) {
    }

    public record PublicUnit(String code, String name, boolean answered) {
    }

    public static PublicInvitationView of(Survey survey, String groupCode, List<String> units, List<String> answered) {
        RespondentGroup group = survey.definition().group(groupCode);
        List<PublicQuestion> questions = survey.questions().stream().map(PublicInvitationView::question).toList();
        List<PublicUnit> rated = units.stream().map(code -> new PublicUnit(code, name(group, code),
                answered.contains(code))).toList();
        return new PublicInvitationView(survey.title(), survey.description(), groupCode,
                group == null ? groupCode : group.name(), group == null || group.hidesIdentity(), survey.opensAt(),
                survey.closesAt(), questions, rated);
    }

    private static PublicQuestion question(Question question) {
        return new PublicQuestion(question.code(), question.text(), question.mustAnswer(),
                question.options().stream().map(option -> new PublicOption(option.code(), option.label())).toList());
    }

    private static String name(RespondentGroup group, String code) {
        if (group == null) {
            return code;
        }
        return group.units().stream().filter(unit -> unit.code().equals(code)).map(RatedUnit::name).findFirst()
                .orElse(code);
    }
}
