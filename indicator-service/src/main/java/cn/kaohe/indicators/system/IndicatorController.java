package cn.kaohe.indicators.system;

import static cn.kaohe.indicators.ApiTexts.IDEMPOTENT;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import cn.kaohe.indicators.rulebook.ScoringRulebooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 指标体系: a cycle's indicator tree and its metadata (how indicators score is the rulebook's). */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}/indicators")
@Tag(name = "indicator system", description = "指标体系 The indicator tree of a cycle")
class IndicatorController {

    record CopyRequest(String fromCycle) {
    }

    record Copied(String fromCycle, String toCycle, long indicators) {
    }

    private final IndicatorRepository indicators;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final ScoringRulebooks rulebooks;

    IndicatorController(IndicatorRepository indicators, AuditLog audit, Idempotency idempotency,
                        ScoringRulebooks rulebooks) {
        this.indicators = indicators;
        this.audit = audit;
        this.idempotency = idempotency;
        this.rulebooks = rulebooks;
    }

    @GetMapping
    @Operation(summary = "指标体系 The tree, sections first, with the rulebook's points",
            description = "Roles: any authenticated user. Each node names its parent; nodes are in reading order. "
                    + "`points`, `scoringDirection`, `methodType` and `rulebookVersion` come from the scoring service's "
                    + "latest rulebook of the cycle, read with the caller's token (sections and parents: the sum of "
                    + "their children). `pointsSource` says where they come from or why they are null "
                    + "(NO_RULEBOOK, SCORING_UNAVAILABLE, NOT_IN_RULEBOOK); the tree answers either way.")
    Mono<List<ScoredIndicator>> tree(@PathVariable String cycle,
                                     @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token) {
        return Mono.zip(indicators.tree(cycle).collectList(), rulebooks.latest(cycle, token))
                .map(both -> ScoredIndicator.of(both.getT1(), both.getT2()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "查看指标 One node, with the rulebook's points", description = "Roles: any authenticated user.")
    Mono<ScoredIndicator> get(@PathVariable String cycle, @PathVariable String code,
                              @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token) {
        return indicators.find(cycle, code).switchIfEmpty(Mono.error(() -> notFound(cycle, code)))
                .zipWith(rulebooks.latest(cycle, token), ScoredIndicator::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "新增指标 Add a node",
            description = "Roles: office. 422 names each invalid field (level and parent must fit: section → "
                    + "indicator → sub-indicator; a schedule is 12 non-decreasing shares ending at 1); 409 when the "
                    + "code exists in the cycle; 404 for an unknown cycle. " + IDEMPOTENT)
    Mono<Indicator> create(@PathVariable String cycle, @RequestBody IndicatorDraft draft, Caller caller,
                           ServerWebExchange exchange) {
        return idempotency.once(exchange, caller, draft, Indicator.class, () -> checked(cycle, draft, List.of())
                        .then(Mono.defer(() -> audit.recorded(caller, indicators.insert(cycle, draft),
                                created -> Change.created("INDICATOR", cycle + "/" + created.code(), cycle, null,
                                        created)))))
                .onErrorMap(DuplicateKeyException.class, duplicate -> ProblemException.conflict(
                        "指标代码已存在 / indicator " + draft.code() + " exists in " + cycle, null))
                .onErrorMap(DataIntegrityViolationException.class,
                        unknownCycle -> ProblemException.notFound("考核年度不存在 / no cycle " + cycle));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "修改指标 Change a node",
            description = "Roles: office. Send the version you read (409 with the current node when stale). The "
                    + "level cannot change.")
    Mono<Indicator> update(@PathVariable String cycle, @PathVariable String code, @RequestBody IndicatorDraft draft,
                           Caller caller) {
        return indicators.find(cycle, code)
                .switchIfEmpty(Mono.error(() -> notFound(cycle, code)))
                .flatMap(current -> {
                    IndicatorDraft named = new IndicatorDraft(code, draft.parent(), current.level(), draft.name(),
                            draft.unitOfMeasure(), draft.direction(), draft.leadDepartment(), draft.frequency(),
                            draft.schedule(), draft.position(), draft.version());
                    List<FieldViolation> extra = new ArrayList<>();
                    if (draft.level() != null && draft.level() != current.level()) {
                        extra.add(new FieldViolation("$.level", "immutable", "层级不可修改 / the level cannot change"));
                    }
                    if (draft.version() == null) {
                        extra.add(new FieldViolation("$.version", "required", "修改须带版本号 / send the version you read"));
                    }
                    return checked(cycle, named, extra)
                            .then(Mono.defer(() -> audit.recorded(caller, indicators.update(cycle, code, named),
                                    after -> Change.of("INDICATOR", cycle + "/" + code, "CHANGED", cycle, null, current,
                                            after, null))))
                            .switchIfEmpty(Mono.defer(() -> indicators.find(cycle, code).flatMap(latest -> Mono.error(
                                    ProblemException.conflict("指标已被他人修改 / changed by someone else", latest)))));
                });
    }

    @PostMapping("/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "沿用上年指标体系 Copy another cycle's tree into this one",
            description = "Roles: office. `{\"fromCycle\": \"2023\"}`; only into a cycle without indicators (409). "
                    + IDEMPOTENT)
    Mono<Copied> copy(@PathVariable String cycle, @RequestBody CopyRequest request, Caller caller,
                      ServerWebExchange exchange) {
        if (request.fromCycle() == null || request.fromCycle().isBlank()) {
            return Mono.error(ProblemException.invalid("$.fromCycle", "required", "必填 / required"));
        }
        return idempotency.once(exchange, caller, request, Copied.class, () -> copied(cycle, request, caller))
                .onErrorMap(DataIntegrityViolationException.class,
                        unknownCycle -> ProblemException.notFound("考核年度不存在 / no cycle " + cycle));
    }

    private Mono<Copied> copied(String cycle, CopyRequest request, Caller caller) {
        return indicators.count(cycle).flatMap(existing -> existing > 0
                ? Mono.error(ProblemException.conflict("该年度已有指标体系 / the cycle already has indicators", null))
                : indicators.count(request.fromCycle()).flatMap(source -> source == 0
                        ? Mono.error(ProblemException.invalid("$.fromCycle", "empty-cycle",
                                "来源年度没有指标 / the source cycle has no indicators"))
                        : audit.recordedAll(caller, indicators.copy(request.fromCycle(), cycle).collectList(),
                                        copied -> copied.stream().map(node -> Change.of("INDICATOR",
                                                cycle + "/" + node.code(), "COPIED", cycle, null, null, node,
                                                "沿用 " + request.fromCycle() + " / copied from " + request.fromCycle()))
                                                .toList())
                                .map(copied -> new Copied(request.fromCycle(), cycle, copied.size()))));
    }

    private Mono<Void> checked(String cycle, IndicatorDraft draft, List<FieldViolation> extra) {
        return indicators.levelOf(cycle, draft.parent())
                .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(parentLevel -> {
                    List<FieldViolation> errors = new ArrayList<>(draft.violations(parentLevel.orElse(null)));
                    errors.addAll(extra);
                    return errors.isEmpty() ? Mono.<Void>empty() : Mono.error(ProblemException.invalid(errors));
                });
    }

    private static ProblemException notFound(String cycle, String code) {
        return ProblemException.notFound("该年度无此指标 / no indicator " + code + " in cycle " + cycle);
    }
}
