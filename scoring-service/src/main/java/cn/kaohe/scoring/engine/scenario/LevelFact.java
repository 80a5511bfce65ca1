package cn.kaohe.scoring.engine.scenario;

/** The level a unit was rated at on a QUALITATIVE indicator. */
public record LevelFact(String unit, String indicator, String level) {
}
