package cn.kaohe.scoring.engine.scenario;

/** A veto incident of a unit. */
public record VetoFact(String unit, String rule) {
}
