package cn.kaohe.indicators.projects;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The investment completed in one month (万元). The month lies in the cycle's year and not before the
 * reported start; a month already reported is changed with the version read.
 */
public record InvestmentDraft(BigDecimal amount, Long version) {

    /** @param existing the month's current report, null when there is none */
    public List<FieldViolation> violations(String period, int cycleYear, KeyProject project, Investment existing) {
        List<FieldViolation> errors = new ArrayList<>();
        if (!FieldRules.isPeriod(period)) {
            errors.add(new FieldViolation("$.period", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
        } else if (Months.year(period) != cycleYear) {
            errors.add(new FieldViolation("$.period", "outside-cycle",
                    "期间不在考核年度 " + cycleYear + " 内 / the period is outside the cycle's year"));
        } else if (project.actualStart() == null) {
            errors.add(new FieldViolation("$.period", "not-started",
                    "项目尚未开工,请先填报开工月份 / report the start month first"));
        } else if (period.compareTo(project.actualStart()) < 0) {
            errors.add(new FieldViolation("$.period", "before-start",
                    "项目 " + project.actualStart() + " 开工,此前月份不能填报 / before the project's start"));
        }
        Amounts.check(errors, "$.amount", amount, false);
        if (existing != null && version == null) {
            errors.add(new FieldViolation("$.version", "required", "该月已填报,修改须带版本号 / send the version you read"));
        }
        return errors;
    }
}
