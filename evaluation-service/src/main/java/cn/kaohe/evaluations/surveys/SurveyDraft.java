package cn.kaohe.evaluations.surveys;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the office sends to define (POST) or change (PUT, with the {@code version} read) a survey.
 * Everything but cycle, code and title may be left out of a draft; defaults and rules are in
 * {@link SurveyRules}.
 */
public record SurveyDraft(String cycle, String code, String title, String description, OffsetDateTime opensAt,
                          OffsetDateTime closesAt, Integer trimAbove, List<Question> questions,
                          List<RespondentGroup> groups, Long version) {

    public SurveyDefinition definition() {
        return new SurveyDefinition(trimAbove, questions, groups);
    }
}
