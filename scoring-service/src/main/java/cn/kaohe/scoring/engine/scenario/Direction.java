package cn.kaohe.scoring.engine.scenario;

/** Whether a larger actual value is better (most indicators) or a smaller one (accidents, petitions). */
public enum Direction {
    HIGHER_BETTER,
    LOWER_BETTER
}
