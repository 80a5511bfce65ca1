package cn.kaohe.scoring.rulebooks;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.Paging;
import cn.kaohe.scoring.engine.ScoringEngine;
import cn.kaohe.scoring.engine.validation.Violation;
import cn.kaohe.scoring.simulations.ScenarioViolations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** 实施细则: a cycle's rulebook, versioned; every version readable, any two comparable. */
@RestController
@RequestMapping("/api/scoring/v1/cycles/{cycle}/rulebooks")
@Tag(name = "rulebooks", description = "实施细则 Rulebooks per cycle, versioned")
class RulebookController {

    private final RulebookRepository rulebooks;
    private final ScoringEngine engine = new ScoringEngine();
    private final JsonMapper json;

    RulebookController(RulebookRepository rulebooks, JsonMapper json) {
        this.rulebooks = rulebooks;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "细则版本列表 List the versions of a cycle's rulebook",
            description = "Roles: any authenticated user (the rulebook is published to the units). Newest first.")
    Mono<Paging.Page<RulebookVersion.Summary>> list(@PathVariable String cycle,
                                                    @RequestParam(required = false) Integer page,
                                                    @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return rulebooks.page(cycle, paging.offset(), paging.size()).collectList()
                .zipWith(rulebooks.count(cycle), paging::of);
    }

    @GetMapping("/{version}")
    @Operation(summary = "查看细则版本 Get one version (or `latest`)",
            description = "Roles: any authenticated user. 404 when the cycle has no such version.")
    Mono<RulebookVersion> get(@PathVariable String cycle, @PathVariable String version) {
        return resolve(cycle, version);
    }

    @GetMapping("/diff")
    @Operation(summary = "比较两个版本 What changed between two versions",
            description = "Roles: any authenticated user. Each change is named by its JSON path; indicators, "
                    + "adjustment and veto rules are matched by code.")
    Mono<List<JsonDiff.Change>> diff(@PathVariable String cycle, @RequestParam String from, @RequestParam String to) {
        return resolve(cycle, from).zipWith(resolve(cycle, to), (a, b) -> JsonDiff.between(
                json.valueToTree(a.rulebook()), json.valueToTree(b.rulebook())));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "发布或修订细则 Create the first version or revise",
            description = "Roles: office. The document is the scoring contract's rulebook; it is checked as the "
                    + "engine checks it (422 naming every offending path). A revision needs a reason; with "
                    + "basedOnVersion older than the latest, 409 with the latest version in `current`.")
    Mono<RulebookVersion> revise(@PathVariable String cycle, @RequestBody RulebookRevision revision, Caller caller) {
        return rulebooks.latestVersion(cycle).flatMap(latest -> {
            // A revision of a version that is no longer the latest is a conflict, whatever it holds.
            if (revision.isStale(latest)) {
                String detail = "细则当前为第 " + latest + " 版 / the rulebook is at version " + latest;
                return rulebooks.find(cycle, latest)
                        .flatMap(current -> Mono.<RulebookVersion>error(ProblemException.conflict(detail, current)))
                        .switchIfEmpty(Mono.error(() -> ProblemException.conflict(detail, null)));
            }
            List<cn.kaohe.defaults.problems.FieldViolation> errors = new ArrayList<>(revision.violations(cycle, latest));
            List<Violation> ruleViolations = engine.validateRulebook(revision.rulebook());
            errors.addAll(ScenarioViolations.problem(ruleViolations).errors());
            if (!errors.isEmpty()) {
                return Mono.error(ProblemException.invalid(errors));
            }
            String reason = revision.reason() == null || revision.reason().isBlank() ? null : revision.reason();
            return rulebooks.insert(cycle, latest + 1, revision.rulebook(), reason, caller.username())
                    .onErrorMap(DuplicateKeyException.class, raced -> ProblemException.conflict(
                            "另一修订刚刚提交 / another revision was just saved; reload", null));
        });
    }

    private Mono<RulebookVersion> resolve(String cycle, String version) {
        Mono<Integer> number = "latest".equals(version)
                ? rulebooks.latestVersion(cycle)
                : Mono.fromCallable(() -> Integer.parseInt(version))
                        .onErrorMap(NumberFormatException.class, bad -> ProblemException.invalid("$.version",
                                "invalid-version", "版本应为正整数或 latest / a positive number or latest"));
        return number.flatMap(n -> rulebooks.find(cycle, n))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(
                        "该年度无此细则版本 / no rulebook version " + version + " for cycle " + cycle)));
    }
}
