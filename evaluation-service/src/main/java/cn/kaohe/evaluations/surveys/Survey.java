package cn.kaohe.evaluations.surveys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 社会评价问卷 as the API shows it. {@code hasResponses}: the scoring definition (questions, options,
 * points, weights, groups, minimums, trimming) is frozen and only texts may change.
 */
public record Survey(UUID id, String cycle, String code, String title, String description, SurveyStatus status,
                     OffsetDateTime opensAt, OffsetDateTime closesAt, int trimAbove, List<Question> questions,
                     List<RespondentGroup> groups, boolean hasResponses, long version, OffsetDateTime createdAt,
                     String createdBy, OffsetDateTime updatedAt, String updatedBy) {

    public SurveyDefinition definition() {
        return new SurveyDefinition(trimAbove, questions, groups);
    }

    /** Whether respondents may answer at {@code now}: open, and within its opening and closing times. */
    public Window windowAt(OffsetDateTime now) {
        if (status == SurveyStatus.DRAFT || (status == SurveyStatus.OPEN && opensAt != null && now.isBefore(opensAt))) {
            return Window.NOT_YET_OPEN;
        }
        if (status == SurveyStatus.CLOSED || (closesAt != null && !now.isBefore(closesAt))) {
            return Window.CLOSED;
        }
        return Window.OPEN;
    }

    public Survey withHasResponses(boolean has) {
        return new Survey(id, cycle, code, title, description, status, opensAt, closesAt, trimAbove, questions, groups,
                has, version, createdAt, createdBy, updatedAt, updatedBy);
    }

    /** Whether a survey takes answers now. */
    public enum Window {
        NOT_YET_OPEN, OPEN, CLOSED
    }
}
