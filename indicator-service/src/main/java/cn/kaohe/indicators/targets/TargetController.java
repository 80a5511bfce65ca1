package cn.kaohe.indicators.targets;

import static cn.kaohe.indicators.ApiTexts.IDEMPOTENT;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 目标责任书: a unit's targets for a cycle, their signing, and the revisions after it. */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}/units/{unit}")
@Tag(name = "targets", description = "目标责任书 Targets per unit")
class TargetController {

    record Letter(String cycle, String unit, boolean signed, List<Target> targets) {
    }

    record Signature(String cycle, String unit, OffsetDateTime signedAt, String signedBy) {
    }

    private final TargetRepository targets;
    private final AuditLog audit;
    private final Idempotency idempotency;

    TargetController(TargetRepository targets, AuditLog audit, Idempotency idempotency) {
        this.targets = targets;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    @GetMapping("/targets")
    @Operation(summary = "目标责任书 A unit's targets",
            description = "Roles: any authenticated user; unit reporters and leaders only their own unit (403).")
    Mono<Letter> letter(@PathVariable String cycle, @PathVariable String unit, Caller caller) {
        if (!caller.mayAccessUnit(unit)) {
            return Mono.error(ProblemException.forbidden("只能查看本单位目标 / only your own unit's targets"));
        }
        return targets.isSigned(cycle, unit).zipWith(targets.ofUnit(cycle, unit).collectList(),
                (signed, lines) -> new Letter(cycle, unit, signed, lines));
    }

    @PutMapping("/targets/{indicator}")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "设定目标 Set or change a target",
            description = "Roles: office. `{\"target\": 65.2, \"points\": 10, \"responsibleUnit\": \"HANYIN\", "
                    + "\"coUnits\": [\"TJJ\"], \"version\": 0, \"reason\": \"…\"}`. A change sends the version it read "
                    + "(409 with the current line when stale); after signing it also needs a reason and is kept as a "
                    + "revision. 422 for unknown units, non-leaf or unknown indicators, negative values.")
    Mono<Target> set(@PathVariable String cycle, @PathVariable String unit, @PathVariable String indicator,
                     @RequestBody TargetDraft draft, Caller caller) {
        Mono<Optional<Target>> existing = targets.find(cycle, unit, indicator).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(existing, targets.isSigned(cycle, unit), targets.isLeafIndicator(cycle, indicator),
                        targets.unknownUnits(referencedUnits(unit, draft)))
                .flatMap(state -> {
                    Optional<Target> current = state.getT1();
                    List<FieldViolation> errors = new ArrayList<>(draft.violations(current.isPresent(), state.getT2()));
                    if (!state.getT3()) {
                        errors.add(new FieldViolation("$.indicator", "unknown-indicator",
                                "该年度无此末级指标 / no leaf indicator " + indicator + " in cycle " + cycle));
                    }
                    for (String missing : state.getT4()) {
                        errors.add(new FieldViolation(pathOf(missing, unit, draft), "unknown-unit",
                                "单位不存在 / no unit " + missing));
                    }
                    if (!errors.isEmpty()) {
                        return Mono.error(ProblemException.invalid(errors));
                    }
                    String id = cycle + "/" + unit + "/" + indicator;
                    if (current.isEmpty()) {
                        return audit.recorded(caller, targets.insert(cycle, unit, indicator, draft, caller.username()),
                                        created -> Change.created("TARGET", id, cycle, unit, created))
                                .onErrorMap(DuplicateKeyException.class, raced -> ProblemException.conflict(
                                        "该目标刚被他人设定 / set by someone else just now; reload", null));
                    }
                    String action = state.getT2() ? "REVISED" : "CHANGED";
                    return audit.recorded(caller, targets.update(current.get(), draft, caller.username()),
                                    after -> Change.of("TARGET", id, action, cycle, unit, current.get(), after,
                                            draft.reason()))
                            .switchIfEmpty(Mono.defer(() -> targets.find(cycle, unit, indicator).flatMap(latest ->
                                    Mono.error(ProblemException.conflict("目标已被他人修改 / changed by someone else",
                                            latest)))));
                })
                .onErrorMap(DataIntegrityViolationException.class, unknown -> ProblemException.invalid(
                        "$", "unknown-reference", "年度、单位或指标不存在 / unknown cycle, unit or indicator"));
    }

    @PostMapping("/letter/signature")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "签订责任书 Sign (freeze) the unit's letter",
            description = "Roles: office. Afterwards every change is a revision with a reason. 409 when signed. "
                    + IDEMPOTENT)
    Mono<Signature> sign(@PathVariable String cycle, @PathVariable String unit, Caller caller,
                         ServerWebExchange exchange) {
        return idempotency.once(exchange, caller, java.util.Map.of(), Signature.class, () -> audit.recorded(caller,
                                targets.sign(cycle, unit, caller.username())
                                        .map(at -> new Signature(cycle, unit, at, caller.username())),
                                signed -> Change.of("TARGET_LETTER", cycle + "/" + unit, "SIGNED", cycle, unit, null,
                                        signed, null))
                        .switchIfEmpty(Mono.error(() -> ProblemException.conflict(
                                "责任书已签订 / the letter is already signed", null))))
                .onErrorMap(DataIntegrityViolationException.class, unknown -> ProblemException.notFound(
                        "年度或单位不存在 / unknown cycle or unit"));
    }

    @GetMapping("/targets/{indicator}/revisions")
    @Operation(summary = "修订记录 Revisions of a target after signing",
            description = "Roles: any authenticated user; unit users only their own unit.")
    Mono<List<TargetRevision>> revisions(@PathVariable String cycle, @PathVariable String unit,
                                         @PathVariable String indicator, Caller caller) {
        if (!caller.mayAccessUnit(unit)) {
            return Mono.error(ProblemException.forbidden("只能查看本单位目标 / only your own unit's targets"));
        }
        return targets.revisions(cycle, unit, indicator).collectList();
    }

    private static List<String> referencedUnits(String unit, TargetDraft draft) {
        List<String> codes = new ArrayList<>();
        codes.add(unit);
        if (draft.responsibleUnit() != null) {
            codes.add(draft.responsibleUnit());
        }
        draft.coUnitsOrEmpty().stream().filter(code -> code != null).forEach(codes::add);
        return codes;
    }

    private static String pathOf(String missing, String unit, TargetDraft draft) {
        if (missing.equals(unit)) {
            return "$.unit";
        }
        if (missing.equals(draft.responsibleUnit())) {
            return "$.responsibleUnit";
        }
        return "$.coUnits[" + draft.coUnitsOrEmpty().indexOf(missing) + "]";
    }
}
