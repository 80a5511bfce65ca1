package cn.kaohe.indicators.projects;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the unit reports of a project's course: the month it actually started (null: not started)
 * and the names of the milestones done. A milestone can be done only once the project has started.
 */
public record ProgressDraft(String actualStart, List<String> milestonesDone, Long version) {

    public List<String> milestonesDoneOrEmpty() {
        return milestonesDone == null ? List.of() : milestonesDone;
    }

    public List<FieldViolation> violations(int cycleYear, KeyProject current) {
        List<FieldViolation> errors = new ArrayList<>();
        if (version == null) {
            errors.add(new FieldViolation("$.version", "required", "须带版本号 / send the version you read"));
        }
        if (actualStart != null && !FieldRules.isPeriod(actualStart)) {
            errors.add(new FieldViolation("$.actualStart", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
        } else if (actualStart != null && Months.year(actualStart) > cycleYear) {
            errors.add(new FieldViolation("$.actualStart", "outside-cycle",
                    "开工月份不能晚于考核年度 " + cycleYear + " / the start is after the cycle's year"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < milestonesDoneOrEmpty().size(); i++) {
            String name = milestonesDoneOrEmpty().get(i);
            String path = "$.milestonesDone[" + i + "]";
            if (name == null || current.milestones().stream().noneMatch(milestone -> milestone.name().equals(name))) {
                errors.add(new FieldViolation(path, "unknown-milestone", "项目无此节点 / no such milestone: " + name));
            } else if (!seen.add(name)) {
                errors.add(new FieldViolation(path, "duplicate", "重复 / listed twice"));
            } else if (actualStart == null) {
                errors.add(new FieldViolation(path, "not-started",
                        "项目未开工,节点不能完成 / a milestone is done only after the start"));
            }
        }
        return errors;
    }

    public List<Milestone> milestones(KeyProject current) {
        return current.milestones().stream()
                .map(milestone -> new Milestone(milestone.name(), milestone.due(),
                        milestonesDoneOrEmpty().contains(milestone.name())))
                .toList();
    }
}
