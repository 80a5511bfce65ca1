package cn.kaohe.scoring.engine.scenario;

/** The sign of an adjustment rule: facts always carry non-negative points. */
public enum AdjustmentKind {
    BONUS,
    DEDUCTION
}
