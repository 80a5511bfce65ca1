package cn.kaohe.scoring.appeals;

/** FILED until the office rules: ACCEPTED (with a fact correction, then a recomputed version) or REJECTED. */
public enum AppealStatus {
    FILED, ACCEPTED, REJECTED
}
