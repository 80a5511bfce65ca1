package cn.kaohe.scoring.engine.scenario;

/** Whom a RANK indicator ranks a unit against: every unit, or the units of its category. */
public enum PeerGroup {
    ALL,
    CATEGORY
}
