package cn.kaohe.evaluations.surveys;

import cn.kaohe.defaults.problems.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What the office sends to define a survey; {@link #violations()} states the rules. */
public record NewSurvey(String cycle, String code, String title) {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,31}");

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        requireCode(errors, "$.cycle", cycle);
        requireCode(errors, "$.code", code);
        if (title == null || title.isBlank()) {
            errors.add(new FieldViolation("$.title", "required", "必须填写标题 / title is required"));
        } else if (title.length() > 200) {
            errors.add(new FieldViolation("$.title", "too-long", "标题最长 200 字 / at most 200 characters"));
        }
        return errors;
    }

    private static void requireCode(List<FieldViolation> errors, String path, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(path, "required", "必填 / required"));
        } else if (!CODE.matcher(value).matches()) {
            errors.add(new FieldViolation(path, "invalid-code",
                    "代码只能含字母、数字、-、_,最长 32 / letters, digits, - and _, at most 32"));
        }
    }
}
