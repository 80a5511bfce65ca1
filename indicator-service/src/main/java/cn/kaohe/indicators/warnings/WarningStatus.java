package cn.kaohe.indicators.warnings;

/** 已发出 → 已反馈整改 → 已销号. */
public enum WarningStatus {
    ISSUED, ACKNOWLEDGED, CLOSED
}
