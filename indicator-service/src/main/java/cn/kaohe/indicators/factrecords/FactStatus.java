package cn.kaohe.indicators.factrecords;

/** A fact counts while ACTIVE; a WITHDRAWN one stays on record with the reason, and counts nowhere. */
public enum FactStatus {
    ACTIVE, WITHDRAWN
}
