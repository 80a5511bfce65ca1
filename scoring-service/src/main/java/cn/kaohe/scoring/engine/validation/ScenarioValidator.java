package cn.kaohe.scoring.engine.validation;

import cn.kaohe.scoring.engine.scenario.Rulebook;
import cn.kaohe.scoring.engine.scenario.Scenario;
import java.util.List;

/**
 * Finds every problem of a scenario that the public API answers with 422, each with the JSON path
 * of the offending field. An empty list means the engine may score the scenario.
 */
public final class ScenarioValidator {

    public List<Violation> validate(Scenario scenario) {
        ViolationSink sink = new ViolationSink();
        if (!sink.required(Path.ROOT, scenario)) {
            return sink.violations();
        }
        Catalog catalog = new Catalog();
        new RulebookValidator(sink, catalog).validate(scenario.rulebook());
        FactsValidator facts = new FactsValidator(sink, catalog);
        facts.validateUnits(scenario.units());
        facts.validateFacts(scenario);
        return sink.violations();
    }

    /**
     * Every problem of a rulebook on its own (as when the office stores a version), with paths
     * under {@code $.rulebook}, as in a scenario.
     */
    public List<Violation> validateRulebook(Rulebook rulebook) {
        ViolationSink sink = new ViolationSink();
        new RulebookValidator(sink, new Catalog()).validate(rulebook);
        return sink.violations();
    }
}
