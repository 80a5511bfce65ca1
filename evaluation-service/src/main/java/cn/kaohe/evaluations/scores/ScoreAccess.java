package cn.kaohe.evaluations.scores;

import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.security.Roles;

/**
 * Who reads social scores: the office, analysts and integrators every unit's; a unit leader only
 * their own unit's scores and satisfaction rates; nobody else.
 */
public final class ScoreAccess {

    /** A unit code matching nothing, for a unit leader whose token carries no unit. */
    private static final String NO_UNIT = "\u0000none";

    private ScoreAccess() {
    }

    public static boolean readsAllUnits(Caller caller) {
        return caller.hasAny(Roles.OFFICE, Roles.ANALYST, Roles.INTEGRATOR);
    }

    public static boolean readsAny(Caller caller) {
        return readsAllUnits(caller) || caller.has(Roles.UNIT_LEADER);
    }

    /** The one unit the caller may read, or null when they may read every unit. */
    public static String onlyUnit(Caller caller) {
        if (readsAllUnits(caller)) {
            return null;
        }
        return caller.unit() == null ? NO_UNIT : caller.unit();
    }

    public static boolean mayRead(Caller caller, String unit) {
        return readsAllUnits(caller) || (caller.has(Roles.UNIT_LEADER) && unit.equals(caller.unit()));
    }
}
