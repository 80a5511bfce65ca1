package cn.kaohe.indicators.progress;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A new report or an edit of one. The period must fall in the cycle's year (YYYY-MM). */
public record ReportDraft(String unit, String indicator, String period, BigDecimal actual, String comment,
                          Long version) {

    public List<FieldViolation> violations(int cycleYear, boolean creating) {
        List<FieldViolation> errors = new ArrayList<>();
        if (creating) {
            if (unit == null || unit.isBlank()) {
                errors.add(new FieldViolation("$.unit", "required", "必填 / required"));
            }
            if (indicator == null || indicator.isBlank()) {
                errors.add(new FieldViolation("$.indicator", "required", "必填 / required"));
            }
            if (!FieldRules.isPeriod(period)) {
                errors.add(new FieldViolation("$.period", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
            } else if (Integer.parseInt(period.substring(0, 4)) != cycleYear) {
                errors.add(new FieldViolation("$.period", "outside-cycle",
                        "期间不在考核年度 " + cycleYear + " 内 / the period is outside the cycle's year"));
            }
        } else if (version == null) {
            errors.add(new FieldViolation("$.version", "required", "修改须带版本号 / send the version you read"));
        }
        if (actual == null) {
            errors.add(new FieldViolation("$.actual", "required", "必须填写累计完成值 / actual is required"));
        } else if (actual.signum() < 0) {
            errors.add(new FieldViolation("$.actual", "must-not-be-negative", "完成值不能为负 / must be ≥ 0"));
        }
        if (comment != null && comment.length() > 2000) {
            errors.add(new FieldViolation("$.comment", "too-long", "最长 2000 字 / at most 2000 characters"));
        }
        return errors;
    }
}
