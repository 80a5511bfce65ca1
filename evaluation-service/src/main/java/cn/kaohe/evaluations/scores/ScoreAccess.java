package cn.kaohe.evaluations.scores;

import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.security.Roles;

/**
 * Who reads social scores: the office, analysts and integrators every unit's; a unit leader only
 * their own unit's scores and satisfaction rates; nobody else.
 */
public final class ScoreAccess {

    private ScoreAccess() {
    }

    public static boolean readsAllUnits(Caller caller) {
        return caller.hasAny(Roles.OFFICE, Roles.ANALYST, Roles.INTEGRATOR);
    }

    public static boolean readsAny(Caller caller) {
        return readsAllUnits(caller) || caller.has(Roles.UNIT_LEADER);
    }

    /** The one unit the caller may read (matching nothing without a unit claim), or null for every unit. */
    public static String onlyUnit(Caller caller) {
        return readsAllUnits(caller) ? null : caller.ownUnitOrNone();
    }

    public static boolean mayRead(Caller caller, String unit) {
        return readsAllUnits(caller) || (caller.has(Roles.UNIT_LEADER) && unit.equals(caller.unit()));
    }
}
