package cn.kaohe.scoring.results;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 考核结果: computed result versions of a cycle, their ranking tables, breakdowns and differences. */
@RestController
@RequestMapping("/api/scoring/v1/cycles/{cycle}/results")
@Tag(name = "results", description = "考核结果 Result versions of a cycle")
class ResultController {

    private final ResultComputation computation;
    private final ResultRepository results;

    ResultController(ResultComputation computation, ResultRepository results) {
        this.computation = computation;
        this.results = results;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "计算考核结果 Compute the cycle",
            description = "Roles: office. Pulls approved facts (indicator service) and social scores (evaluation "
                    + "service) as the scoring service's own account, scores them with the latest rulebook and stores a new "
                    + "DRAFT version. 422 names every mismatch between rulebook and facts; 503 when a source is "
                    + "down (nothing stored).")
    Mono<ResultVersion> compute(@PathVariable String cycle, @RequestBody(required = false) ComputeRequest request,
                                Caller caller, @AuthenticationPrincipal Jwt jwt) {
        ComputeRequest asked = request == null ? new ComputeRequest(null, null) : request;
        return computation.compute(cycle, asked, caller.username(), jwt.getTokenValue());
    }

    @GetMapping
    @Operation(summary = "结果版本历史 History of result versions",
            description = "Roles: office and analyst see drafts too; other roles see published and frozen versions.")
    Mono<Paging.Page<ResultVersion>> history(@PathVariable String cycle, @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size, Caller caller) {
        Paging paging = Paging.of(page, size);
        boolean publicOnly = !ResultAccess.seesEverything(caller);
        return results.history(cycle, publicOnly, paging.offset(), paging.size()).collectList()
                .zipWith(results.countHistory(cycle, publicOnly), paging::of);
    }

    @GetMapping("/{version}")
    @Operation(summary = "结果版本 One result version's header", description = "Roles: as the history.")
    Mono<ResultVersion> version(@PathVariable String cycle, @PathVariable String version, Caller caller) {
        return readable(cycle, version, caller);
    }

    @GetMapping("/{version}/units")
    @Operation(summary = "排名表 The ranking table (公示表)",
            description = "Units in overall rank order, optionally one category. Office and analysts: any version. "
                    + "Integrators and lead departments: published and frozen versions. Unit users: their own line, "
                    + "and the whole table once published.")
    Mono<Paging.Page<UnitStanding>> table(@PathVariable String cycle, @PathVariable String version,
                                          @RequestParam(required = false) String category,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size, Caller caller) {
        Paging paging = Paging.of(page, size);
        return readable(cycle, version, caller).flatMap(header -> {
            String only = ResultAccess.seesWholeTable(caller, header.status()) ? null : caller.ownUnitOrNone();
            return results.standings(cycle, header.version(), category, only, paging.offset(), paging.size())
                    .collectList()
                    .zipWith(results.countStandings(cycle, header.version(), category, only), paging::of);
        });
    }

    @GetMapping("/{version}/units/{unit}")
    @Operation(summary = "单位得分明细 One unit's breakdown",
            description = "Each indicator's points, earned, completion, rank and bonus; each adjustment and veto and "
                    + "why. Unit users: only their own unit. 403 for another unit's breakdown.")
    Mono<UnitBreakdown> breakdown(@PathVariable String cycle, @PathVariable String version,
                                  @PathVariable String unit, Caller caller) {
        return readable(cycle, version, caller).flatMap(header -> {
            if (!ResultAccess.mayReadBreakdown(caller, header.status(), unit)) {
                return Mono.error(ProblemException.forbidden("无权查看该单位明细 / you may not read this unit's breakdown"));
            }
            return results.breakdown(header, unit).switchIfEmpty(Mono.error(() -> ProblemException.notFound(
                    "该版本无此单位 / no unit " + unit + " in version " + header.version())));
        });
    }

    record VersionDiff(ResultVersion from, ResultVersion to, boolean rulebookChanged, boolean inputChanged,
                       List<UnitMove> moves) {
    }

    @GetMapping("/diff")
    @Operation(summary = "版本差异 Who moved between two versions, and why",
            description = "Roles: office and analyst; others for two published or frozen versions.")
    Mono<VersionDiff> diff(@PathVariable String cycle, @RequestParam String from, @RequestParam String to,
                           Caller caller) {
        return readable(cycle, from, caller).zipWith(readable(cycle, to, caller)).flatMap(pair -> {
            ResultVersion a = pair.getT1();
            ResultVersion b = pair.getT2();
            if (!ResultAccess.seesWholeTable(caller, a.status()) || !ResultAccess.seesWholeTable(caller, b.status())) {
                return Mono.error(ProblemException.forbidden("只能比较已公示的版本 / only published versions"));
            }
            return results.pairs(a, b)
                    .concatMap(sides -> Mono.justOrEmpty(UnitMove.between(sides[0], sides[1])))
                    .collectList()
                    .map(moves -> new VersionDiff(a, b, a.rulebookVersion() != b.rulebookVersion(),
                            !a.inputFingerprint().equals(b.inputFingerprint()), moves));
        });
    }

    private Mono<ResultVersion> readable(String cycle, String version, Caller caller) {
        Mono<Integer> number = "latest".equals(version)
                ? results.latestVersion(cycle, !ResultAccess.seesEverything(caller))
                : Mono.fromCallable(() -> Integer.parseInt(version)).onErrorMap(NumberFormatException.class,
                        bad -> ProblemException.invalid("$.version", "invalid-version",
                                "版本应为正整数或 latest / a positive number or latest"));
        return number.flatMap(n -> results.find(cycle, n))
                .filter(header -> ResultAccess.mayReadVersion(caller, header.status()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound(
                        "该年度无此结果版本 / no result version " + version + " for cycle " + cycle)));
    }

}
