package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.grading.GradeDecision;
import cn.kaohe.scoring.engine.grading.Grader;
import cn.kaohe.scoring.engine.ranking.Ranking;
import cn.kaohe.scoring.engine.ranking.Standing;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.result.ScoredCycle;
import cn.kaohe.scoring.engine.result.UnitExplanation;
import cn.kaohe.scoring.engine.result.UnitResult;
import cn.kaohe.scoring.engine.scenario.Rulebook;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.engine.scenario.UnitRef;
import cn.kaohe.scoring.engine.validation.ScenarioValidator;
import cn.kaohe.scoring.engine.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring engine of the contract: a pure function from a scenario to its result. It reads as
 * the rulebook does: indicator scores, target score, bonus and deduction, final score, ranks,
 * grades. Stateless and thread-safe.
 */
public final class ScoringEngine {
    private final ScenarioValidator validator = new ScenarioValidator();

    /** Every problem of the scenario (empty when it can be scored). */
    public List<Violation> validate(Scenario scenario) {
        return validator.validate(scenario);
    }

    /** Every problem of a rulebook on its own, with paths under {@code $.rulebook}. */
    public List<Violation> validateRulebook(Rulebook rulebook) {
        return validator.validateRulebook(rulebook);
    }

    /** @throws InvalidScenarioException naming every violation, when the scenario is not valid */
    public Result score(Scenario scenario) {
        return scoreAndExplain(scenario).result();
    }

    /** The result, with how each unit's figures came about. */
    public ScoredCycle scoreAndExplain(Scenario scenario) {
        List<Violation> violations = validator.validate(scenario);
        if (!violations.isEmpty()) {
            throw new InvalidScenarioException(violations);
        }
        ScenarioIndex index = new ScenarioIndex(scenario);

        List<UnitIndicators> indicatorsByUnit = new IndicatorScoring(index).scoreAll();
        Map<String, UnitScore> unitScores = HashMap.newHashMap(index.units.size());
        for (int unitId = 0; unitId < index.units.size(); unitId++) {
            UnitRef unit = index.units.get(unitId);
            unitScores.put(unit.code(), UnitScore.of(unit, indicatorsByUnit.get(unitId), index));
        }

        List<Standing> standings = Ranking.rank(
                unitScores.values().stream().map(UnitScore::rankingEntry).toList(),
                index.rulebook.tieBreakers());
        Map<String, GradeDecision> grades = new Grader(index.rulebook.grading()).grade(standings, index.vetoesByUnit);

        List<UnitResult> results = new ArrayList<>(standings.size());
        Map<String, UnitExplanation> explanations = new LinkedHashMap<>();
        for (Standing standing : standings) {
            UnitScore score = unitScores.get(standing.unit());
            GradeDecision decision = grades.get(standing.unit());
            results.add(ResultAssembler.unitResult(score, standing, decision,
                    index.vetoesByUnit.getOrDefault(standing.unit(), List.of())));
            explanations.put(standing.unit(), ResultAssembler.explanation(score, decision));
        }
        return new ScoredCycle(new Result(index.rulebook.cycle(), results), explanations);
    }
}
