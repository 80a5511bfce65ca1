package cn.kaohe.scoring.results;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.scoring.engine.InvalidScenarioException;
import cn.kaohe.scoring.engine.ScoringEngine;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.rulebooks.RulebookVersion;
import cn.kaohe.scoring.rulebooks.Rulebooks;
import cn.kaohe.scoring.simulations.ScenarioViolations;
import cn.kaohe.scoring.upstream.CycleFacts;
import cn.kaohe.scoring.upstream.CycleSocialScores;
import cn.kaohe.scoring.upstream.FactsSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Everything a cycle is scored from: its latest rulebook, the facts as of a period and the social
 * scores. Loaded once for computing, forecasting and the quarterly rankings alike; the returned
 * Mono continues on the parallel scheduler, where scoring belongs.
 */
@Component
public class CycleInputs {

    /** The three owners' data of one cycle. */
    public record Inputs(RulebookVersion rulebook, CycleFacts facts, CycleSocialScores social) {

        public Scenario scenario() {
            return CycleScenario.assemble(rulebook.rulebook(), facts, social);
        }
    }

    private final Rulebooks rulebooks;
    private final FactsSource sources;

    CycleInputs(Rulebooks rulebooks, FactsSource sources) {
        this.rulebooks = rulebooks;
        this.sources = sources;
    }

    public Mono<Inputs> load(String cycle, String asOf, String bearerToken) {
        return rulebooks.latest(cycle)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("$.cycle", "no-rulebook",
                        "该年度尚无实施细则 / the cycle has no rulebook yet")))
                .flatMap(rulebook -> Mono.zip(sources.facts(cycle, asOf, bearerToken),
                                sources.socialScores(cycle, bearerToken))
                        .map(pair -> new Inputs(rulebook, pair.getT1(), pair.getT2())))
                .publishOn(Schedulers.parallel());
    }

    /** Scores a scenario, or answers 422 naming whose data each violation is in. */
    public static Result score(ScoringEngine engine, Scenario scenario) {
        try {
            return engine.score(scenario);
        } catch (InvalidScenarioException invalid) {
            throw ScenarioViolations.problem(invalid.violations().stream().map(CycleScenario::attribute).toList());
        }
    }
}
