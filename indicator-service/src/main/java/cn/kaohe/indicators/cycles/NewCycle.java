package cn.kaohe.indicators.cycles;

import cn.kaohe.defaults.problems.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What the office sends to open a cycle; {@link #violations()} states the rules. */
public record NewCycle(String code, String name, Integer year) {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,31}");

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        if (code == null || code.isBlank()) {
            errors.add(new FieldViolation("$.code", "required", "必须填写年度代码 / code is required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldViolation("$.code", "invalid-code",
                    "代码只能含字母、数字、-、_,最长 32 / letters, digits, - and _, at most 32"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldViolation("$.name", "required", "必须填写名称 / name is required"));
        } else if (name.length() > 200) {
            errors.add(new FieldViolation("$.name", "too-long", "名称最长 200 字 / at most 200 characters"));
        }
        if (year == null) {
            errors.add(new FieldViolation("$.year", "required", "必须填写年份 / year is required"));
        } else if (year < 2000 || year > 2100) {
            errors.add(new FieldViolation("$.year", "out-of-range", "年份应在 2000–2100 / year must be 2000..2100"));
        }
        return errors;
    }
}
