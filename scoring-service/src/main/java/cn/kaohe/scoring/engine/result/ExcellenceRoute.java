package cn.kaohe.scoring.engine.result;

/** How a unit became EXCELLENT. */
public enum ExcellenceRoute {
    /** One of its category's {@code excellentPerCategory} slots (or a tie with the last one). */
    CATEGORY_SLOT,
    /** The overall share {@code excellentOverallShare} (or a tie with the last one). */
    OVERALL_SHARE
}
