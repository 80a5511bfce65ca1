package cn.kaohe.defaults.security;

import java.util.Set;

/**
 * Who is calling, as the token says: subject, display name, realm roles and, for unit-scoped
 * users, the unit they belong to (claim {@code unit}).
 */
public record Caller(String subject, String username, Set<String> roles, String unit) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Unit reporters and unit leaders see only their own unit, whatever else they are; a user with
     * a city-wide role (office, lead department, analyst, integrator) is not confined.
     */
    public boolean isUnitScoped() {
        return !hasAny(Roles.OFFICE, Roles.LEAD_DEPT, Roles.ANALYST, Roles.INTEGRATOR)
                && hasAny(Roles.UNIT_REPORTER, Roles.UNIT_LEADER);
    }

    /** Stands for "no unit" in a query filter: no real unit code can equal it. */
    private static final String NO_UNIT = "\u0000none";

    /**
     * The unit a query must be narrowed to: null for city-wide roles, the user's unit for a unit-scoped
     * user, and a code matching nothing for a unit-scoped user whose token carries no unit.
     */
    public String scopedUnit() {
        return !isUnitScoped() ? null : ownUnitOrNone();
    }

    /** The user's own unit as a filter, matching nothing when the token carries none. */
    public String ownUnitOrNone() {
        return unit == null ? NO_UNIT : unit;
    }

    public boolean mayAccessUnit(String unitCode) {
        return !isUnitScoped() || (unit != null && unit.equals(unitCode));
    }
}
