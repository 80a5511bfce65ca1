package cn.kaohe.scoring.engine.scenario;

/** How a RANK indicator turns a unit's rank in its peer group into points. */
public enum RankMode {
    TABLE,
    STEP,
    PROPORTIONAL
}
