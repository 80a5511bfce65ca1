package cn.kaohe.scoring.engine.scenario;

/** An assessed unit (被考核单位) and the category it competes in. */
public record UnitRef(String code, String name, String category) {
}
