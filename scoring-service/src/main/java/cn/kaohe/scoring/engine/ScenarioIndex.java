package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.scenario.ActualValue;
import cn.kaohe.scoring.engine.scenario.AdjustmentFact;
import cn.kaohe.scoring.engine.scenario.Assignment;
import cn.kaohe.scoring.engine.scenario.IndicatorRule;
import cn.kaohe.scoring.engine.scenario.LevelFact;
import cn.kaohe.scoring.engine.scenario.Rulebook;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.engine.scenario.SocialScore;
import cn.kaohe.scoring.engine.scenario.UnitRef;
import cn.kaohe.scoring.engine.scenario.VetoFact;
import cn.kaohe.scoring.engine.scenario.VetoRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A valid scenario's facts, indexed for scoring. Units and indicators get dense ids (their
 * positions in the scenario and the rulebook), so that the hundreds of thousands of unit ×
 * indicator facts are found by array access rather than by hashing pairs of codes.
 */
final class ScenarioIndex {
    /** One assignment, with the id of its unit. */
    record Assigned(int unitId, Assignment assignment) {
    }

    final Rulebook rulebook;
    final List<UnitRef> units;
    final List<IndicatorRule> indicators;
    /** By indicator id: the indicator's assignments. */
    final List<List<Assigned>> assignmentsByIndicator;
    final Map<String, List<AdjustmentFact>> adjustmentsByUnit = new HashMap<>();
    /** The veto rules each unit incurred, once each, in rulebook order. */
    final Map<String, List<VetoRule>> vetoesByUnit = new HashMap<>();
    final Map<String, BigDecimal> socialScoresByUnit = new HashMap<>();

    private final Map<String, Integer> unitIds;
    private final Map<String, Integer> indicatorIds;
    /** [indicator id][unit id]; a row is null while its indicator has no value. */
    private final BigDecimal[][] actuals;
    private final String[][] levels;

    ScenarioIndex(Scenario scenario) {
        rulebook = scenario.rulebook();
        units = scenario.units();
        indicators = rulebook.indicators();
        unitIds = idsOf(units.stream().map(UnitRef::code).toList());
        indicatorIds = idsOf(indicators.stream().map(IndicatorRule::code).toList());

        assignmentsByIndicator = new ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            assignmentsByIndicator.add(new ArrayList<>());
        }
        for (Assignment assignment : scenario.assignments()) {
            assignmentsByIndicator.get(indicatorId(assignment.indicator()))
                    .add(new Assigned(unitId(assignment.unit()), assignment));
        }
        actuals = new BigDecimal[indicators.size()][];
        for (ActualValue value : scenario.values()) {
            row(actuals, indicatorId(value.indicator()), BigDecimal[]::new)[unitId(value.unit())] = value.actual();
        }
        levels = new String[indicators.size()][];
        for (LevelFact level : scenario.levels()) {
            row(levels, indicatorId(level.indicator()), String[]::new)[unitId(level.unit())] = level.level();
        }
        for (AdjustmentFact adjustment : scenario.adjustments()) {
            adjustmentsByUnit.computeIfAbsent(adjustment.unit(), code -> new ArrayList<>()).add(adjustment);
        }
        indexVetoes(scenario.vetoes());
        for (SocialScore social : scenario.socialScores()) {
            socialScoresByUnit.put(social.unit(), social.score());
        }
    }

    BigDecimal actual(int indicatorId, int unitId) {
        BigDecimal[] row = actuals[indicatorId];
        return row == null ? null : row[unitId];
    }

    String level(int indicatorId, int unitId) {
        String[] row = levels[indicatorId];
        return row == null ? null : row[unitId];
    }

    private int unitId(String code) {
        return unitIds.get(code);
    }

    private int indicatorId(String code) {
        return indicatorIds.get(code);
    }

    private <T> T[] row(T[][] table, int indicatorId, IntFunction<T[]> newRow) {
        if (table[indicatorId] == null) {
            table[indicatorId] = newRow.apply(units.size());
        }
        return table[indicatorId];
    }

    private void indexVetoes(List<VetoFact> vetoes) {
        Map<String, Set<String>> incurred = new HashMap<>();
        for (VetoFact veto : vetoes) {
            incurred.computeIfAbsent(veto.unit(), code -> new HashSet<>()).add(veto.rule());
        }
        incurred.forEach((unit, rules) -> vetoesByUnit.put(unit,
                rulebook.vetoRules().stream().filter(rule -> rules.contains(rule.code())).toList()));
    }

    private static Map<String, Integer> idsOf(List<String> codes) {
        Map<String, Integer> ids = HashMap.newHashMap(codes.size());
        for (int id = 0; id < codes.size(); id++) {
            ids.put(codes.get(id), id);
        }
        return ids;
    }
}
