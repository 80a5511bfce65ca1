package cn.kaohe.scoring.simulations;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.scoring.engine.InvalidScenarioException;
import cn.kaohe.scoring.engine.ScoringEngine;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.scenario.Scenario;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What-if runs of the public scoring contract: scenario in, result out, nothing stored. */
@RestController
@Tag(name = "simulations", description = "模拟测算 Scoring simulations (scoring contract v1)")
class SimulationController {

    private final ScoringEngine engine = new ScoringEngine();
    private final JsonBodies bodies;
    private final int maxBytes;

    SimulationController(JsonBodies bodies, @Value("${kaohe.scoring.simulation-max-body}") DataSize maxBody) {
        this.bodies = bodies;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE, maxBody.toBytes());
    }

    @PostMapping(path = "/api/scoring/v1/simulations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('office', 'analyst', 'integrator')")
    @Operation(summary = "模拟测算 Score a scenario",
            description = "Roles: office, analyst, integrator. Scores a self-contained scenario exactly as "
                    + "docs/scoring.md and the scoring contract describe; writes nothing. 400 malformed JSON or "
                    + "wrong types; 422 names every inconsistent field by JSON path; 413 above the body limit "
                    + "(default 64 MB).",
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Scenario.class))),
            responses = {
                @ApiResponse(responseCode = "200", description = "the result",
                        content = @Content(schema = @Schema(implementation = Result.class))),
                @ApiResponse(responseCode = "400", description = "malformed JSON or wrong types"),
                @ApiResponse(responseCode = "413", description = "body too large"),
                @ApiResponse(responseCode = "422", description = "inconsistent scenario")})
    Mono<Result> simulate(ServerWebExchange exchange) {
        return bodies.read(exchange.getRequest().getBody(), Scenario.class, maxBytes)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("$", "required",
                        "请求体不能为空 / the scenario is required")))
                .map(this::score);
    }

    private Result score(Scenario scenario) {
        try {
            return engine.score(scenario);
        } catch (InvalidScenarioException invalid) {
            throw ScenarioViolations.problem(invalid.violations());
        }
    }
}
