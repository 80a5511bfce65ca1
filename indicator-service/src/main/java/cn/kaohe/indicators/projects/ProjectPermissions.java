package cn.kaohe.indicators.projects;

import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.security.Roles;

/**
 * Who may do what to a key project: the office plans (creates, changes the plan); the project's unit
 * reporter reports its start, milestones done and monthly investment, and so may the office.
 */
public final class ProjectPermissions {

    private ProjectPermissions() {
    }

    public static boolean mayPlan(Caller caller) {
        return caller.has(Roles.OFFICE);
    }

    public static boolean mayReport(Caller caller, String unit) {
        return caller.has(Roles.OFFICE) || (caller.has(Roles.UNIT_REPORTER) && caller.unit() != null
                && caller.unit().equals(unit));
    }
}
