package cn.kaohe.indicators.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the scoring service needs of a cycle as of a period, in the scoring contract's own field
 * names (docs/api.md, "Facts for scoring"). Levels, adjustments and vetoes are the office's active fact
 * records dated up to the period.
 */
public record CycleFacts(String cycle, String asOf, List<Unit> units, List<Assignment> assignments,
                         List<Value> values, List<Level> levels, List<Adjustment> adjustments, List<Veto> vetoes,
                         List<Section> sections) {

    public record Unit(String code, String name, String category) {
    }

    public record Assignment(String unit, String indicator, BigDecimal target, BigDecimal points) {
    }

    public record Value(String unit, String indicator, BigDecimal actual) {
    }

    public record Level(String unit, String indicator, String level) {
    }

    public record Adjustment(String unit, String rule, BigDecimal points, String dedupeKey) {
    }

    public record Veto(String unit, String rule) {
    }

    public record Section(String code, String name, List<String> indicators) {
    }
}
