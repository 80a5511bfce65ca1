package cn.kaohe.scoring.engine.scenario;

/** What an overachievement bonus counts: completion points above 100 %, or the plain difference. */
public enum BonusBasis {
    RATIO,
    DIFFERENCE
}
