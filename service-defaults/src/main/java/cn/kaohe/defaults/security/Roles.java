package cn.kaohe.defaults.security;

/** Realm roles of the {@code kaohe} Keycloak realm. */
public final class Roles {

    public static final String OFFICE = "office";
    public static final String LEAD_DEPT = "lead-dept";
    public static final String UNIT_REPORTER = "unit-reporter";
    public static final String UNIT_LEADER = "unit-leader";
    public static final String ANALYST = "analyst";
    public static final String INTEGRATOR = "integrator";

    /** Spring Security authority prefix for roles. */
    public static final String PREFIX = "ROLE_";

    private Roles() {
    }
}
