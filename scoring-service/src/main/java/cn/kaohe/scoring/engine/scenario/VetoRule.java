package cn.kaohe.scoring.engine.scenario;

/** A one-vote veto item (一票否决); {@code grade} is set for MAX_GRADE and FORCE_GRADE only. */
public record VetoRule(String code, VetoEffect effect, Grade grade) {
}
