package cn.kaohe.indicators.categories;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.util.ArrayList;
import java.util.List;

/** What the office sends to define a category of a cycle. */
public record NewCategory(String code, String name) {

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        FieldRules.code(errors, "$.code", code);
        FieldRules.text(errors, "$.name", name, 200);
        return errors;
    }
}
