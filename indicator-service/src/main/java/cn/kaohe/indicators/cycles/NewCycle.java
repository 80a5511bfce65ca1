package cn.kaohe.indicators.cycles;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.util.ArrayList;
import java.util.List;

/** What the office sends to open a cycle; {@link #violations()} states the rules. */
public record NewCycle(String code, String name, Integer year) {

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        FieldRules.code(errors, "$.code", code);
        FieldRules.text(errors, "$.name", name, 200);
        if (year == null) {
            errors.add(new FieldViolation("$.year", "required", "必须填写年份 / year is required"));
        } else if (year < 2000 || year > 2100) {
            errors.add(new FieldViolation("$.year", "out-of-range", "年份应在 2000–2100 / year must be 2000..2100"));
        }
        return errors;
    }
}
