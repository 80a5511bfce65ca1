package cn.kaohe.scoring.engine.scenario;

/** What a one-vote veto (一票否决) does to a unit's grade. */
public enum VetoEffect {
    /** The unit cannot be EXCELLENT. */
    NO_EXCELLENT,
    /** The unit's grade is at most the rule's grade (and, below EXCELLENT, it cannot take a slot). */
    MAX_GRADE,
    /** The unit's grade is the rule's grade. */
    FORCE_GRADE
}
