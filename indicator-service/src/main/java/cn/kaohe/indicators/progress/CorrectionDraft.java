package cn.kaohe.indicators.progress;

import cn.kaohe.defaults.problems.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a correction of an approved report carries: the new cumulative actual, the reason, the version read. */
public record CorrectionDraft(BigDecimal actual, String reason, Long version) {

    /** @param current the report's approved value now */
    public List<FieldViolation> violations(BigDecimal current) {
        List<FieldViolation> errors = new ArrayList<>();
        if (actual == null) {
            errors.add(new FieldViolation("$.actual", "required", "必须填写更正后的累计值 / actual is required"));
        } else if (actual.signum() < 0) {
            errors.add(new FieldViolation("$.actual", "must-not-be-negative", "完成值不能为负 / must be ≥ 0"));
        } else if (current != null && actual.compareTo(current) == 0) {
            errors.add(new FieldViolation("$.actual", "unchanged", "更正值与现值相同 / the value is already " + current));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldViolation("$.reason", "required", "更正须说明理由 / a correction needs a reason"));
        } else if (reason.length() > 1000) {
            errors.add(new FieldViolation("$.reason", "too-long", "最长 1000 字 / at most 1000 characters"));
        }
        if (version == null) {
            errors.add(new FieldViolation("$.version", "required", "须带版本号 / send the version you read"));
        }
        return errors;
    }
}
