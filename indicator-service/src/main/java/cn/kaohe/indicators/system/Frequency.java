package cn.kaohe.indicators.system;

/** How often units report the indicator. */
public enum Frequency {
    MONTHLY, QUARTERLY, YEARLY
}
