package cn.kaohe.indicators.warnings;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.security.Roles;
import java.util.ArrayList;
import java.util.List;

/** A unit's answer to a warning (indicator or key project): its rectification measures (整改措施) and the version read. */
public record Acknowledgement(String measures, Long version) {

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        if (measures == null || measures.isBlank()) {
            errors.add(new FieldViolation("$.measures", "required", "须写明整改措施 / measures are required"));
        } else if (measures.length() > 4000) {
            errors.add(new FieldViolation("$.measures", "too-long", "最长 4000 字 / at most 4000 characters"));
        }
        if (version == null) {
            errors.add(new FieldViolation("$.version", "required", "须带版本号 / send the version you read"));
        }
        return errors;
    }

    /** The office, or a leader or reporter of the unit (the caller has checked the warning is addressed to it). */
    public static boolean mayAcknowledge(Caller caller) {
        return caller.has(Roles.OFFICE) || (caller.isUnitScoped() && caller.hasAny(Roles.UNIT_LEADER, Roles.UNIT_REPORTER));
    }
}
