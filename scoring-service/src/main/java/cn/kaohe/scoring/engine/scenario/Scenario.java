package cn.kaohe.scoring.engine.scenario;

import java.util.List;

/**
 * A self-contained scoring scenario: the rulebook and the facts of one cycle. Field names mirror
 * the public JSON contract; absent lists are empty.
 */
public record Scenario(
        Rulebook rulebook,
        List<UnitRef> units,
        List<Assignment> assignments,
        List<ActualValue> values,
        List<LevelFact> levels,
        List<AdjustmentFact> adjustments,
        List<VetoFact> vetoes,
        List<SocialScore> socialScores) {

    public Scenario {
        units = Lists.orEmpty(units);
        assignments = Lists.orEmpty(assignments);
        values = Lists.orEmpty(values);
        levels = Lists.orEmpty(levels);
        adjustments = Lists.orEmpty(adjustments);
        vetoes = Lists.orEmpty(vetoes);
        socialScores = Lists.orEmpty(socialScores);
    }
}
