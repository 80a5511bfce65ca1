package cn.kaohe.evaluations.surveys;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.util.ArrayList;
import java.util.List;

/** What the office sends to define a survey; {@link #violations()} states the rules. */
public record NewSurvey(String cycle, String code, String title) {

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        FieldRules.code(errors, "$.cycle", cycle);
        FieldRules.code(errors, "$.code", code);
        FieldRules.text(errors, "$.title", title, 200);
        return errors;
    }
}
