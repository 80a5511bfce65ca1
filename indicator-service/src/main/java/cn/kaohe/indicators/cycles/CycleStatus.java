package cn.kaohe.indicators.cycles;

/** DRAFT while the office prepares it, ACTIVE during the year, CLOSED once results are final. */
public enum CycleStatus {
    DRAFT, ACTIVE, CLOSED
}
