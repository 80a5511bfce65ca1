package cn.kaohe.indicators.projects;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The office's plan of a key project. Creating names the code and the unit; a change of the plan
 * carries the version read, and neither code nor unit changes. The planned start may lie in an
 * earlier year (a project continued, 续建) but not after the cycle's year; milestones fall in the
 * cycle's year and have distinct names.
 */
public record ProjectDraft(String code, String unit, String name, BigDecimal plannedInvestment, String plannedStart,
                           List<MilestoneDraft> milestones, Long version) {

    /** A milestone as the office plans it; {@code done} absent keeps what the unit reported. */
    public record MilestoneDraft(String name, String due, Boolean done) {
    }

    static final int MAX_MILESTONES = 50;

    public List<MilestoneDraft> milestonesOrEmpty() {
        return milestones == null ? List.of() : milestones;
    }

    /** @param current the project being changed, null when creating */
    public List<FieldViolation> violations(int cycleYear, KeyProject current) {
        List<FieldViolation> errors = new ArrayList<>();
        if (current == null) {
            FieldRules.code(errors, "$.code", code);
            FieldRules.code(errors, "$.unit", unit);
        } else {
            if (unit != null && !unit.equals(current.unit())) {
                errors.add(new FieldViolation("$.unit", "immutable", "项目所属单位不可修改 / the unit cannot change"));
            }
            if (code != null && !code.equals(current.code())) {
                errors.add(new FieldViolation("$.code", "immutable", "项目代码不可修改 / the code cannot change"));
            }
            if (version == null) {
                errors.add(new FieldViolation("$.version", "required", "修改须带版本号 / send the version you read"));
            }
        }
        FieldRules.text(errors, "$.name", name, 200);
        Amounts.check(errors, "$.plannedInvestment", plannedInvestment, true);
        if (!FieldRules.isPeriod(plannedStart)) {
            errors.add(new FieldViolation("$.plannedStart", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
        } else if (Months.year(plannedStart) > cycleYear) {
            errors.add(new FieldViolation("$.plannedStart", "outside-cycle",
                    "计划开工不能晚于考核年度 " + cycleYear + " / the planned start is after the cycle's year"));
        }
        milestoneViolations(errors, cycleYear);
        return errors;
    }

    private void milestoneViolations(List<FieldViolation> errors, int cycleYear) {
        if (milestonesOrEmpty().size() > MAX_MILESTONES) {
            errors.add(new FieldViolation("$.milestones", "too-many", "最多 " + MAX_MILESTONES + " 个节点 / at most "
                    + MAX_MILESTONES + " milestones"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < milestonesOrEmpty().size(); i++) {
            MilestoneDraft milestone = milestonesOrEmpty().get(i);
            String path = "$.milestones[" + i + "]";
            if (milestone == null) {
                errors.add(new FieldViolation(path, "required", "必填 / required"));
                continue;
            }
            FieldRules.text(errors, path + ".name", milestone.name(), 200);
            if (milestone.name() != null && !names.add(milestone.name())) {
                errors.add(new FieldViolation(path + ".name", "duplicate", "节点名称重复 / named twice"));
            }
            if (!FieldRules.isPeriod(milestone.due())) {
                errors.add(new FieldViolation(path + ".due", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
            } else if (Months.year(milestone.due()) != cycleYear) {
                errors.add(new FieldViolation(path + ".due", "outside-cycle",
                        "节点须在考核年度 " + cycleYear + " 内 / a milestone falls in the cycle's year"));
            }
        }
    }

    /** The milestones to store: a milestone left without {@code done} keeps the state reported for its name. */
    public List<Milestone> milestonesKeeping(List<Milestone> before) {
        List<Milestone> merged = new ArrayList<>();
        for (MilestoneDraft draft : milestonesOrEmpty()) {
            boolean done = draft.done() != null ? draft.done()
                    : before.stream().anyMatch(old -> old.name().equals(draft.name()) && old.done());
            merged.add(new Milestone(draft.name(), draft.due(), done));
        }
        return merged;
    }
}
