package cn.kaohe.scoring.engine.scenario;

/** The scoring methods of the contract; each has its own set of {@link MethodSpec} fields. */
public enum MethodType {
    COMPLETION_RATIO,
    BASE_PLUS_STEP,
    TIERS,
    THRESHOLD,
    QUALITATIVE,
    RANK
}
