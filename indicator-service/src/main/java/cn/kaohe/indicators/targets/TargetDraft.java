package cn.kaohe.indicators.targets;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the office sets for a unit × indicator. A change to an existing line carries the version
 * read; once the unit's letter is signed, a change also carries its reason (a revision).
 */
public record TargetDraft(BigDecimal target, BigDecimal points, String responsibleUnit, List<String> coUnits,
                          Long version, String reason) {

    public List<String> coUnitsOrEmpty() {
        return coUnits == null ? List.of() : coUnits;
    }

    public List<FieldViolation> violations(boolean exists, boolean signed) {
        List<FieldViolation> errors = new ArrayList<>();
        // No target: an assignment scored by level or rank (the rulebook decides; computing names a missing one).
        if (target != null && target.signum() < 0) {
            errors.add(new FieldViolation("$.target", "must-not-be-negative", "目标值不能为负 / must be ≥ 0"));
        }
        if (points != null && points.signum() <= 0) {
            errors.add(new FieldViolation("$.points", "must-be-positive", "分值须大于 0 / must be > 0"));
        }
        if (responsibleUnit != null && !FieldRules.CODE.matcher(responsibleUnit).matches()) {
            errors.add(new FieldViolation("$.responsibleUnit", "invalid-code", "应为单位代码 / a unit code"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < coUnitsOrEmpty().size(); i++) {
            String co = coUnitsOrEmpty().get(i);
            if (co == null || !FieldRules.CODE.matcher(co).matches()) {
                errors.add(new FieldViolation("$.coUnits[" + i + "]", "invalid-code", "应为单位代码 / a unit code"));
            } else if (!seen.add(co)) {
                errors.add(new FieldViolation("$.coUnits[" + i + "]", "duplicate", "重复的协办单位 / listed twice"));
            }
        }
        if (exists && version == null) {
            errors.add(new FieldViolation("$.version", "required", "修改须带版本号 / send the version you read"));
        }
        if (signed && (reason == null || reason.isBlank())) {
            errors.add(new FieldViolation("$.reason", "required",
                    "责任书已签订,修改须说明理由 / the letter is signed: a revision needs a reason"));
        }
        if (reason != null && reason.length() > 1000) {
            errors.add(new FieldViolation("$.reason", "too-long", "最长 1000 字 / at most 1000 characters"));
        }
        return errors;
    }
}
