package cn.kaohe.scoring.results;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.scoring.engine.ScoringEngine;
import cn.kaohe.scoring.engine.result.ScoredCycle;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.engine.validation.Violation;
import cn.kaohe.scoring.rulebooks.RulebookVersion;
import cn.kaohe.scoring.simulations.ScenarioViolations;
import cn.kaohe.scoring.upstream.CycleFacts;
import cn.kaohe.scoring.upstream.CycleSocialScores;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes a cycle: the latest rulebook, the approved facts and the social scores, the engine,
 * then one immutable result version. If a source is down the answer is 503 and nothing is stored.
 */
@Service
public class ResultComputation {

    private final CycleInputs inputs;
    private final ResultRepository results;
    private final JsonMapper json;
    private final ScoringEngine engine = new ScoringEngine();

    ResultComputation(CycleInputs inputs, ResultRepository results, JsonMapper json) {
        this.inputs = inputs;
        this.results = results;
        this.json = json;
    }

    public Mono<ResultVersion> compute(String cycle, ComputeRequest request, String author, String bearerToken) {
        return results.latestVersion(cycle).flatMap(latest -> {
            var errors = request.violations(latest);
            if (!errors.isEmpty()) {
                return Mono.error(ProblemException.invalid(errors));
            }
            return inputs.load(cycle, request.asOf(), bearerToken)
                    .map(loaded -> score(cycle, latest + 1, loaded, request, author))
                    .flatMap(computed -> results.store(computed.header(), computed.scored(), computed.unitNames()))
                    .onErrorMap(DuplicateKeyException.class, raced -> ProblemException.conflict(
                            "另一次计算刚刚保存 / another computation was just stored; reload", null));
        });
    }

    private record Computed(ResultVersion header, ScoredCycle scored, Map<String, String> unitNames) {
    }

    private Computed score(String cycle, int version, CycleInputs.Inputs loaded, ComputeRequest request, String author) {
        RulebookVersion rulebook = loaded.rulebook();
        CycleFacts facts = loaded.facts();
        CycleSocialScores social = loaded.social();
        Scenario scenario = loaded.scenario();
        List<Violation> violations = engine.validate(scenario);
        if (!violations.isEmpty()) {
            throw ScenarioViolations.problem(violations.stream().map(CycleScenario::attribute).toList());
        }
        ScoredCycle scored = engine.scoreAndExplain(scenario);
        List<String> warnings = CycleScenario.warnings(rulebook.rulebook(), facts, social);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason();
        ResultVersion header = ResultVersion.draft(cycle, version, rulebook.version(), request.asOf(),
                fingerprint(scenario), reason, warnings, scored.result().units().size(), author);
        Map<String, String> names = new HashMap<>();
        facts.units().stream().filter(unit -> unit.name() != null).forEach(unit -> names.put(unit.code(), unit.name()));
        return new Computed(header, scored, names);
    }

    /** SHA-256 of the whole input as JSON: equal fingerprints mean the same rulebook and facts. */
    private String fingerprint(Scenario scenario) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(json.writeValueAsBytes(scenario)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
