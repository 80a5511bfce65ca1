package cn.kaohe.indicators.system;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the office sends for a node of the tree. A section stands alone; an indicator hangs under a
 * section and a sub-indicator under an indicator. A schedule is 12 cumulative monthly shares,
 * non-decreasing, each in [0, 1], ending at exactly 1.
 */
public record IndicatorDraft(String code, String parent, IndicatorLevel level, String name, String unitOfMeasure,
                             Direction direction, String leadDepartment, Frequency frequency,
                             List<BigDecimal> schedule, Integer position, Long version) {

    public Direction directionOrDefault() {
        return level == IndicatorLevel.SECTION ? null : direction == null ? Direction.HIGHER_BETTER : direction;
    }

    /** @param parentLevel the level of the named parent, or null when it does not exist in the cycle */
    public List<FieldViolation> violations(IndicatorLevel parentLevel) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldRules.code(errors, "$.code", code);
        FieldRules.text(errors, "$.name", name, 200);
        if (level == null) {
            errors.add(new FieldViolation("$.level", "required", "必填 SECTION / INDICATOR / SUB_INDICATOR / required"));
        } else if (level.parentLevel() == null && parent != null) {
            errors.add(new FieldViolation("$.parent", "section-has-no-parent", "一级指标不能有上级 / a section has no parent"));
        } else if (level.parentLevel() != null && parent == null) {
            errors.add(new FieldViolation("$.parent", "required", "须指定上级 / the parent is required"));
        } else if (level.parentLevel() != null && parentLevel == null) {
            errors.add(new FieldViolation("$.parent", "unknown-indicator", "上级不存在 / no such parent in this cycle"));
        } else if (level.parentLevel() != null && parentLevel != level.parentLevel()) {
            errors.add(new FieldViolation("$.parent", "wrong-parent-level",
                    "上级应为 " + level.parentLevel() + " / the parent must be a " + level.parentLevel()));
        }
        if (unitOfMeasure != null && unitOfMeasure.length() > 32) {
            errors.add(new FieldViolation("$.unitOfMeasure", "too-long", "最长 32 字 / at most 32 characters"));
        }
        if (leadDepartment != null && !FieldRules.CODE.matcher(leadDepartment).matches()) {
            errors.add(new FieldViolation("$.leadDepartment", "invalid-code", "应为单位代码 / a unit code"));
        }
        scheduleViolations(errors);
        return errors;
    }

    private void scheduleViolations(List<FieldViolation> errors) {
        if (schedule == null) {
            return;
        }
        if (schedule.size() != 12) {
            errors.add(new FieldViolation("$.schedule", "twelve-months", "须为 12 个月的累计比例 / 12 cumulative shares"));
            return;
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < 12; i++) {
            BigDecimal share = schedule.get(i);
            String path = "$.schedule[" + i + "]";
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                errors.add(new FieldViolation(path, "out-of-range", "应在 0–1 / must be 0..1"));
            } else if (share.compareTo(previous) < 0) {
                errors.add(new FieldViolation(path, "must-not-decrease", "累计比例不能下降 / shares are cumulative"));
            } else {
                previous = share;
            }
        }
        if (schedule.get(11) != null && schedule.get(11).compareTo(BigDecimal.ONE) != 0) {
            errors.add(new FieldViolation("$.schedule[11]", "must-end-at-one", "12 月须为 1 / December must be 1"));
        }
    }
}
