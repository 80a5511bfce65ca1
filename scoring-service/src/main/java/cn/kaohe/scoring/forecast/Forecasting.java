package cn.kaohe.scoring.forecast;

import cn.kaohe.scoring.engine.ScoringEngine;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.result.UnitResult;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.results.CycleInputs;
import cn.kaohe.scoring.results.CycleScenario;
import cn.kaohe.scoring.rulebooks.RulebookVersion;
import cn.kaohe.scoring.upstream.CycleFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scores the facts as they stand and as projected to year end, and puts the two side by side. */
public final class Forecasting {

    private final ScoringEngine engine = new ScoringEngine();

    public CycleForecast forecast(CycleInputs.Inputs inputs, String asOf, BigDecimal distance, int top) {
        int month = Integer.parseInt(asOf.substring(5));
        RulebookVersion rulebook = inputs.rulebook();
        CycleFacts facts = inputs.facts();
        Scenario projected = CycleScenario.assemble(rulebook.rulebook(), RunRate.projectToYearEnd(facts, month),
                inputs.social());
        Result now = CycleInputs.score(engine, inputs.scenario());
        Result yearEnd = CycleInputs.score(engine, projected);
        Map<String, UnitResult> nowByUnit = new HashMap<>();
        now.units().forEach(unit -> nowByUnit.put(unit.unit(), unit));
        Map<String, List<EffortGain>> efforts = EffortGains.best(projected, top);
        List<UnitForecast> units = new ArrayList<>();
        for (int i = 0; i < yearEnd.units().size(); i++) {
            UnitResult unit = yearEnd.units().get(i);
            UnitResult today = nowByUnit.get(unit.unit());
            units.add(new UnitForecast(unit.unit(), unit.category(), today.finalScore(), today.rankOverall(),
                    unit.finalScore(), unit.rankOverall(), unit.rankInCategory(), unit.grade(),
                    efforts.getOrDefault(unit.unit(), List.of()), RankRisk.around(yearEnd.units(), i, distance)));
        }
        return new CycleForecast(facts.cycle() == null ? rulebook.cycle() : facts.cycle(), asOf,
                RunRate.timeProgress(month).setScale(4, java.math.RoundingMode.HALF_UP), rulebook.version(), distance,
                units);
    }
}
