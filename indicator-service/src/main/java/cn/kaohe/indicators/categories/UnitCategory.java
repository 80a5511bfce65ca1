package cn.kaohe.indicators.categories;

/** A unit's category in one cycle. */
public record UnitCategory(String cycle, String unit, String category) {
}
