package cn.kaohe.evaluations.responses;

import java.util.List;

/**
 * What a respondent sends for one unit: {@code {"unit": "HANYIN", "answers": [{"question": "Q1", "option":
 * "SATISFIED"}]}}, every answer for that unit in one request.
 */
public record Submission(String unit, List<Answer> answers) {

    public record Answer(String question, String option) {
    }
}
