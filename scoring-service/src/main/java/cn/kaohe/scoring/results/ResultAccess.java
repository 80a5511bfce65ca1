package cn.kaohe.scoring.results;

import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.security.Roles;

/**
 * Who reads what of a result version. The office and analysts read everything. Integrators read
 * published and frozen versions. Unit users read their own unit's line and breakdown of any
 * version, and the whole ranking table once it is published, never other units' breakdowns.
 */
public final class ResultAccess {

    private ResultAccess() {
    }

    public static boolean seesEverything(Caller caller) {
        return caller.hasAny(Roles.OFFICE, Roles.ANALYST);
    }

    public static boolean mayReadVersion(Caller caller, ResultStatus status) {
        return seesEverything(caller) || status.isPublic() || caller.isUnitScoped();
    }

    /** Whether the ranking table shows every unit (else only the caller's own line). */
    public static boolean seesWholeTable(Caller caller, ResultStatus status) {
        return seesEverything(caller) || (status.isPublic() && (caller.has(Roles.INTEGRATOR)
                || caller.has(Roles.LEAD_DEPT) || caller.isUnitScoped()));
    }

    public static boolean mayReadBreakdown(Caller caller, ResultStatus status, String unit) {
        if (seesEverything(caller)) {
            return true;
        }
        if (caller.isUnitScoped()) {
            return caller.mayAccessUnit(unit);
        }
        return status.isPublic() && caller.hasAny(Roles.INTEGRATOR, Roles.LEAD_DEPT);
    }
}
