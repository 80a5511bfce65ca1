package cn.kaohe.indicators.progress;

import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.security.Roles;

/**
 * Who may do what to a report: the unit's reporter drafts, edits and submits its own unit's
 * reports; the indicator's lead department verifies and returns; the office may do everything.
 */
public final class ReportPermissions {

    private ReportPermissions() {
    }

    public static boolean mayReport(Caller caller, String unit) {
        return caller.has(Roles.OFFICE) || (caller.has(Roles.UNIT_REPORTER) && caller.unit() != null
                && caller.unit().equals(unit));
    }

    /** @param leadDepartment the unit code of the indicator's lead department, null when none */
    public static boolean mayAct(Caller caller, ReportAction action, String unit, String leadDepartment) {
        if (caller.has(Roles.OFFICE)) {
            return true;
        }
        boolean leads = caller.has(Roles.LEAD_DEPT) && caller.unit() != null && caller.unit().equals(leadDepartment);
        return switch (action) {
            case SUBMIT, EDIT -> mayReport(caller, unit);
            case VERIFY, RETURN -> leads;
            case APPROVE -> false;
        };
    }

    /**
     * Approved data changes only through a correction: by the office, or by the indicator's lead department,
     * which owns the indicator's data for every unit (统计局 revising GDP after the annual statistics, say).
     */
    public static boolean mayCorrect(Caller caller, String leadDepartment) {
        return caller.has(Roles.OFFICE) || (caller.has(Roles.LEAD_DEPT) && caller.unit() != null
                && caller.unit().equals(leadDepartment));
    }
}
