package cn.kaohe.scoring.engine.scenario;

/** Orders units whose rounded final scores are equal (rounded, descending). */
public enum TieBreaker {
    TARGET_SCORE,
    SOCIAL_SCORE
}
