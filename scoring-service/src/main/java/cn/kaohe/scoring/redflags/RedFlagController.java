package cn.kaohe.scoring.redflags;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.scoring.engine.InvalidScenarioException;
import cn.kaohe.scoring.engine.ScoringEngine;
import cn.kaohe.scoring.results.CycleScenario;
import cn.kaohe.scoring.rulebooks.Rulebooks;
import cn.kaohe.scoring.simulations.ScenarioViolations;
import cn.kaohe.scoring.upstream.FactsSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@Tag(name = "red-flags", description = "流动红旗 Quarterly rankings per section")
class RedFlagController {

    record QuarterlyRanking(String cycle, String quarter, String asOf, int rulebookVersion, int top, int last,
                            List<SectionRanking> sections) {
    }

    private final Rulebooks rulebooks;
    private final FactsSource sources;
    private final ScoringEngine engine = new ScoringEngine();

    RedFlagController(Rulebooks rulebooks, FactsSource sources) {
        this.rulebooks = rulebooks;
        this.sources = sources;
    }

    @GetMapping("/api/scoring/v1/cycles/{cycle}/red-flags")
    @Operation(summary = "季度流动红旗 Quarterly ranking per section",
            description = "Roles: any authenticated user (rankings are displayed to all units, 定期晾晒). "
                    + "`quarter` as YYYY-Qn; the facts are taken as of the quarter's last month. Per section of the "
                    + "indicator tree (or all indicators when the facts carry no sections): section score = 100 × "
                    + "earned ÷ points; the first `top` ranks (default 1) get RED_FLAG, the last `last` (default 1) "
                    + "YELLOW_CARD; ties share. Nothing is stored.")
    Mono<QuarterlyRanking> redFlags(@PathVariable String cycle, @RequestParam(required = false) String quarter,
                                    @RequestParam(defaultValue = "1") int top, @RequestParam(defaultValue = "1") int last,
                                    @AuthenticationPrincipal Jwt jwt) {
        List<FieldViolation> errors = new ArrayList<>();
        if (quarter == null || !quarter.matches("\\d{4}-Q[1-4]")) {
            errors.add(new FieldViolation("$.quarter", "invalid-quarter", "季度格式为 YYYY-Qn / quarter is YYYY-Qn"));
        }
        if (top < 0 || top > 50) {
            errors.add(new FieldViolation("$.top", "out-of-range", "应在 0–50 / must be 0..50"));
        }
        if (last < 0 || last > 50) {
            errors.add(new FieldViolation("$.last", "out-of-range", "应在 0–50 / must be 0..50"));
        }
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        String asOf = quarter.substring(0, 4) + "-" + String.format("%02d", (quarter.charAt(6) - '0') * 3);
        return rulebooks.latest(cycle)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("$.cycle", "no-rulebook",
                        "该年度尚无实施细则 / the cycle has no rulebook yet")))
                .flatMap(rulebook -> Mono.zip(sources.facts(cycle, asOf, jwt.getTokenValue()),
                                sources.socialScores(cycle, jwt.getTokenValue()))
                        .publishOn(Schedulers.parallel())
                        .map(inputs -> {
                            try {
                                var result = engine.score(CycleScenario.assemble(rulebook.rulebook(), inputs.getT1(),
                                        inputs.getT2()));
                                return new QuarterlyRanking(cycle, quarter, asOf, rulebook.version(), top, last,
                                        RedFlags.rank(result, inputs.getT1().sections(), top, last));
                            } catch (InvalidScenarioException invalid) {
                                throw ScenarioViolations.problem(
                                        invalid.violations().stream().map(CycleScenario::attribute).toList());
                            }
                        }));
    }
}
