package cn.kaohe.scoring.appeals;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.security.Roles;
import cn.kaohe.scoring.results.ResultStatus;
import cn.kaohe.scoring.results.ResultVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/scoring/v1/cycles/{cycle}")
@Tag(name = "appeals", description = "申诉 Appeals against a published result")
class AppealController {

    private final AppealRepository appeals;
    private final ResultVersions versions;
    private final Idempotency idempotency;

    AppealController(AppealRepository appeals, ResultVersions versions, Idempotency idempotency) {
        this.appeals = appeals;
        this.versions = versions;
        this.idempotency = idempotency;
    }

    @PostMapping("/results/{version}/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('office', 'unit-reporter', 'unit-leader')")
    @Operation(summary = "提出申诉 File an appeal",
            description = "Roles: unit reporters and leaders for their own unit; the office on a unit's behalf. Only "
                    + "while the version is published and its notice period runs (409 otherwise). Send an "
                    + "`Idempotency-Key` header to make a retry safe.")
    Mono<Appeal> file(@PathVariable String cycle, @PathVariable int version, @RequestBody NewAppeal appeal,
                      Caller caller, ServerWebExchange exchange) {
        var errors = appeal.violations();
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        if (!caller.has(Roles.OFFICE) && !caller.mayAccessUnit(appeal.unit())) {
            return Mono.error(ProblemException.forbidden("只能为本单位申诉 / you may appeal only for your own unit"));
        }
        return versions.find(cycle, version)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此结果版本 / no result version " + version)))
                .flatMap(header -> {
                    boolean onNotice = header.status() == ResultStatus.PUBLISHED
                            && (header.noticeUntil() == null || header.noticeUntil().isAfter(OffsetDateTime.now()));
                    if (!onNotice) {
                        return Mono.error(ProblemException.conflict(
                                "该版本不在公示期内 / the version is not on notice; appeals are closed", header));
                    }
                    return idempotency.once(exchange, caller, appeal, Appeal.class,
                                    () -> appeals.insert(cycle, version, appeal, caller.username()))
                            .onErrorMap(DataIntegrityViolationException.class, unknown -> ProblemException.invalid(
                                    "$.unit", "unknown-unit", "该版本无此单位 / no such unit in this version"));
                });
    }

    @GetMapping("/results/{version}/appeals")
    @Operation(summary = "申诉列表 Appeals of a version",
            description = "Roles: office and analysts see all; unit users their own unit's; others none (403).")
    Mono<List<Appeal>> list(@PathVariable String cycle, @PathVariable int version, Caller caller) {
        if (caller.hasAny(Roles.OFFICE, Roles.ANALYST)) {
            return appeals.ofVersion(cycle, version, null).collectList();
        }
        if (caller.isUnitScoped() && caller.unit() != null) {
            return appeals.ofVersion(cycle, version, caller.unit()).collectList();
        }
        return Mono.error(ProblemException.forbidden("无权查看申诉 / you may not read appeals"));
    }

    @PostMapping("/appeals/{id}/ruling")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "裁决申诉 Rule on an appeal",
            description = "Roles: office. `{\"decision\": \"ACCEPT\"|\"REJECT\", \"reason\": \"…\", \"correction\": \"…\"}`; "
                    + "accepting needs the fact correction, which the data's owner applies before the office "
                    + "computes a new version with a reason. 409 when already ruled.")
    Mono<Appeal> rule(@PathVariable String cycle, @PathVariable UUID id, @RequestBody Ruling ruling, Caller caller) {
        var errors = ruling.violations();
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        return appeals.find(id)
                .filter(appeal -> appeal.cycle().equals(cycle))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此申诉 / no appeal " + id)))
                .flatMap(appeal -> appeals.rule(id, ruling, caller.username())
                        .switchIfEmpty(Mono.error(() -> ProblemException.conflict(
                                "该申诉已裁决 / the appeal was already ruled on", appeal))));
    }
}
