package cn.kaohe.indicators.progress;

/** 填报状态. */
public enum ReportStatus {
    DRAFT, SUBMITTED, VERIFIED, APPROVED, RETURNED
}
