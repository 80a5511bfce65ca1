package cn.kaohe.indicators.system;

/** 一级 section, 二级 indicator, optional sub-indicator. */
public enum IndicatorLevel {
    SECTION, INDICATOR, SUB_INDICATOR;

    /** The level a parent must have; null for a section, which has none. */
    public IndicatorLevel parentLevel() {
        return switch (this) {
            case SECTION -> null;
            case INDICATOR -> SECTION;
            case SUB_INDICATOR -> INDICATOR;
        };
    }
}
