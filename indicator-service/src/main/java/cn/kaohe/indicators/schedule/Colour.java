package cn.kaohe.indicators.schedule;

/** 预警颜色: on schedule, slightly behind, well behind. */
public enum Colour {
    GREEN, YELLOW, RED
}
