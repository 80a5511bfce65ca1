package cn.kaohe.scoring.results;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.util.ArrayList;
import java.util.List;

/** The office asks to compute a cycle as of a period; every version after the first says why. */
public record ComputeRequest(String asOf, String reason) {

    public List<FieldViolation> violations(int latestVersion) {
        List<FieldViolation> errors = new ArrayList<>();
        if (asOf != null && !FieldRules.isPeriod(asOf)) {
            errors.add(new FieldViolation("$.asOf", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
        }
        if (latestVersion > 0 && (reason == null || reason.isBlank())) {
            errors.add(new FieldViolation("$.reason", "required", "重新计算须说明理由 / a new version needs a reason"));
        }
        if (reason != null && reason.length() > 1000) {
            errors.add(new FieldViolation("$.reason", "too-long", "理由最长 1000 字 / at most 1000 characters"));
        }
        return errors;
    }
}
