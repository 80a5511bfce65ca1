package cn.kaohe.scoring.engine.validation;

/** The codes of {@link Violation}s: stable slugs that clients may switch on. */
public final class ViolationCodes {
    /** A required field is absent (or blank, or a null list element). */
    public static final String REQUIRED = "required";
    public static final String UNKNOWN_UNIT = "unknown-unit";
    public static final String UNKNOWN_INDICATOR = "unknown-indicator";
    /** An adjustment or veto fact names a rule the rulebook does not define. */
    public static final String UNKNOWN_RULE = "unknown-rule";
    /** A field that does not belong to the method's type (or RANK mode), or to the veto's effect. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** A code (unit, indicator, rule) or tie-breaker defined twice. */
    public static final String DUPLICATE_CODE = "duplicate-code";
    /** A second assignment, value or level for the same unit and indicator, or social score for a unit. */
    public static final String DUPLICATE_ENTRY = "duplicate-entry";
    /** A value or level for an indicator the unit has no assignment for. */
    public static final String NO_ASSIGNMENT = "no-assignment";
    public static final String LEVEL_NOT_IN_METHOD = "level-not-in-method";
    /** An actual value for a QUALITATIVE indicator, which is scored by level only. */
    public static final String VALUE_NOT_USED = "value-not-used";
    /** An overachievement bonus on a QUALITATIVE indicator. */
    public static final String BONUS_NOT_ALLOWED = "bonus-not-allowed";
    public static final String MUST_BE_POSITIVE = "must-be-positive";
    public static final String MUST_NOT_BE_NEGATIVE = "must-not-be-negative";
    public static final String MUST_BE_WHOLE_NUMBER = "must-be-whole-number";
    public static final String OUT_OF_RANGE = "out-of-range";
    public static final String MUST_NOT_BE_EMPTY = "must-not-be-empty";
    public static final String WEIGHTS_MUST_SUM_TO_ONE = "weights-must-sum-to-one";
    /** A TIERS breakpoint that is not a pair [completion, share]. */
    public static final String NOT_A_PAIR = "not-a-pair";
    /** TIERS breakpoint completions not strictly ascending. */
    public static final String NOT_ASCENDING = "not-ascending";
    /** {@code poorBelow} above {@code averageBelow}: AVERAGE could never be given. */
    public static final String THRESHOLDS_OUT_OF_ORDER = "thresholds-out-of-order";

    private ViolationCodes() {
    }
}
