package cn.kaohe.scoring.upstream;

import cn.kaohe.scoring.engine.scenario.ActualValue;
import cn.kaohe.scoring.engine.scenario.AdjustmentFact;
import cn.kaohe.scoring.engine.scenario.Assignment;
import cn.kaohe.scoring.engine.scenario.LevelFact;
import cn.kaohe.scoring.engine.scenario.UnitRef;
import cn.kaohe.scoring.engine.scenario.VetoFact;
import java.util.List;

/**
 * What the indicator service knows of a cycle as of a period, in the scoring contract's own
 * field names (docs/api.md, "Facts for scoring"): approved values only.
 */
public record CycleFacts(String cycle, String asOf, List<UnitRef> units, List<Assignment> assignments,
                         List<ActualValue> values, List<LevelFact> levels, List<AdjustmentFact> adjustments,
                         List<VetoFact> vetoes, List<Section> sections) {

    /** A first-level section of the indicator tree (经济发展, 社会民生, ...) and its indicators' codes. */
    public record Section(String code, String name, List<String> indicators) {
    }

    public CycleFacts(String cycle, String asOf, List<UnitRef> units, List<Assignment> assignments,
                      List<ActualValue> values, List<LevelFact> levels, List<AdjustmentFact> adjustments,
                      List<VetoFact> vetoes) {
        this(cycle, asOf, units, assignments, values, levels, adjustments, vetoes, List.of());
    }

    public CycleFacts {
        units = orEmpty(units);
        assignments = orEmpty(assignments);
        values = orEmpty(values);
        levels = orEmpty(levels);
        adjustments = orEmpty(adjustments);
        vetoes = orEmpty(vetoes);
        sections = orEmpty(sections);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
