package cn.kaohe.indicators.system;

/** Whether more is better (GDP) or less is (accidents, petitions). */
public enum Direction {
    HIGHER_BETTER, LOWER_BETTER
}
