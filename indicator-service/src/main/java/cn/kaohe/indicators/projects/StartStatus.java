package cn.kaohe.indicators.projects;

/** Where a project stands against its planned start month in a period. */
public enum StartStatus {
    /** The planned start month is still ahead. */
    NOT_DUE,
    /** The project has started (in or before the period). */
    STARTED,
    /** Due (the planned start month has come) and not started: yellow, red from three months late. */
    DUE_NOT_STARTED
}
