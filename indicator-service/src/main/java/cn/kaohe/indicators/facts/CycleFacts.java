package cn.kaohe.indicators.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the scoring service needs of a cycle as of a period, in the scoring contract's own field
 * names (docs/api.md, "Facts for scoring"). Levels, adjustments and vetoes are recorded facts of the
 * office; they are empty until that feature lands.
 */
public record CycleFacts(String cycle, String asOf, List<Unit> units, List<Assignment> assignments,
                         List<Value> values, List<Object> levels, List<Object> adjustments, List<Object> vetoes,
                         List<Section> sections) {

    public record Unit(String code, String name, String category) {
    }

    public record Assignment(String unit, String indicator, BigDecimal target, BigDecimal points) {
    }

    public record Value(String unit, String indicator, BigDecimal actual) {
    }

    public record Section(String code, String name, List<String> indicators) {
    }
}
