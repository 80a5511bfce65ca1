package cn.kaohe.indicators.factrecords;

import static cn.kaohe.indicators.ApiTexts.IDEMPOTENT;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.FieldRules;
import cn.kaohe.defaults.web.Paging;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import cn.kaohe.indicators.cycles.Cycles;
import cn.kaohe.indicators.factrecords.FactDrafts.AdjustmentDraft;
import cn.kaohe.indicators.factrecords.FactDrafts.LevelDraft;
import cn.kaohe.indicators.factrecords.FactDrafts.VetoDraft;
import cn.kaohe.indicators.factrecords.FactDrafts.Withdrawal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
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
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 考核事实: qualitative levels, bonus and deduction items, veto incidents recorded by the office. They
 * feed the facts for scoring as of their date; a withdrawn one stays on record and counts nowhere.
 */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}")
@Tag(name = "fact records", description = "考核事实 Levels, adjustments and vetoes recorded by the office")
class FactRecordController {

    private static final String KINDS = "{kinds:levels|adjustments|vetoes}";
    private static final String READERS = "Roles: any authenticated user; unit reporters and leaders only their own "
            + "unit's (asking for another unit is 403, another unit's record 404).";

    private final FactRecordRepository facts;
    private final Cycles cycles;
    private final AuditLog audit;
    private final Idempotency idempotency;

    FactRecordController(FactRecordRepository facts, Cycles cycles, AuditLog audit, Idempotency idempotency) {
        this.facts = facts;
        this.cycles = cycles;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    @PostMapping("/levels")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "记录定性等次 Record a qualitative level",
            description = "Roles: office. `{\"unit\": \"HANYIN\", \"indicator\": \"PARTY\", \"level\": \"A\", "
                    + "\"date\": \"2024-12-20\", \"reason\": \"市委组织部年度考评\"}`. The indicator must be a leaf of the "
                    + "cycle's tree; the level any well-formed code (the rulebook's method names the levels). The "
                    + "facts as of a period carry each unit × indicator's latest level dated up to it. 409 when an "
                    + "active level of that unit, indicator and day exists; 422 per field. " + IDEMPOTENT)
    Mono<FactRecord> recordLevel(@PathVariable String cycle, @RequestBody LevelDraft draft, Caller caller,
                                 ServerWebExchange exchange) {
        FactRecord fact = new FactRecord(null, cycle, FactKind.LEVEL, draft.unit(), draft.indicator(), draft.level(),
                null, null, null, draft.date(), draft.reason(), null, null, null, null, null, null, null, 0);
        return idempotency.once(exchange, caller, draft, FactRecord.class, () -> record(fact, draft::violations, caller));
    }

    @PostMapping("/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "记录加减分事项 Record a bonus or deduction item",
            description = "Roles: office. `{\"unit\": \"HANYIN\", \"rule\": \"PROVINCIAL_COMMENDATION\", \"points\": 1, "
                    + "\"dedupeKey\": \"陕政发〔2024〕15号\", \"date\": \"2024-06-30\", \"reason\": \"省级表彰\"}`: "
                    + "commendations, pilot programmes, innovation (bonus rules) or public criticism, violations, data "
                    + "falsification (deduction rules). Points ≥ 0: the rule's kind in the rulebook gives the sign; "
                    + "items with the same dedupeKey count once (at their largest points) when scored. 422 per field. "
                    + IDEMPOTENT)
    Mono<FactRecord> recordAdjustment(@PathVariable String cycle, @RequestBody AdjustmentDraft draft, Caller caller,
                                 ServerWebExchange exchange) {
        FactRecord fact = new FactRecord(null, cycle, FactKind.ADJUSTMENT, draft.unit(), null, null, draft.rule(),
                draft.points(), draft.dedupeKey(), draft.date(), draft.reason(), null, null, null, null, null, null,
                null, 0);
        return idempotency.once(exchange, caller, draft, FactRecord.class, () -> record(fact, draft::violations, caller));
    }

    @PostMapping("/vetoes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "记录一票否决事项 Record a veto incident",
            description = "Roles: office. `{\"unit\": \"SHIQUAN\", \"rule\": \"PRODUCTION_SAFETY\", \"date\": "
                    + "\"2024-08-03\", \"description\": \"较大生产安全事故\"}`. 422 per field. " + IDEMPOTENT)
    Mono<FactRecord> recordVeto(@PathVariable String cycle, @RequestBody VetoDraft draft, Caller caller,
                                 ServerWebExchange exchange) {
        FactRecord fact = new FactRecord(null, cycle, FactKind.VETO, draft.unit(), null, null, draft.rule(), null,
                null, draft.date(), null, draft.description(), null, null, null, null, null, null, 0);
        return idempotency.once(exchange, caller, draft, FactRecord.class, () -> record(fact, draft::violations, caller));
    }

    @GetMapping("/" + KINDS)
    @Operation(summary = "考核事实列表 Levels, adjustments or vetoes of a cycle",
            description = READERS + " Filters: unit, status (ACTIVE, WITHDRAWN); newest date first; paged.")
    Mono<Paging.Page<FactRecord>> list(@PathVariable String cycle, @PathVariable String kinds,
                                       @RequestParam(required = false) String unit,
                                       @RequestParam(required = false) FactStatus status,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size, Caller caller) {
        Paging paging = Paging.of(page, size);
        if (caller.isUnitScoped() && unit != null && !caller.mayAccessUnit(unit)) {
            return Mono.error(ProblemException.forbidden("只能查看本单位的考核事实 / only your own unit's facts"));
        }
        FactKind kind = FactKind.ofPath(kinds);
        String only = caller.isUnitScoped() ? caller.ownUnitOrNone() : unit;
        String state = status == null ? null : status.name();
        return facts.list(cycle, kind, only, state, paging.offset(), paging.size()).collectList()
                .zipWith(facts.count(cycle, kind, only, state), paging::of);
    }

    @GetMapping("/" + KINDS + "/{id}")
    @Operation(summary = "查看考核事实 One recorded fact", description = READERS)
    Mono<FactRecord> get(@PathVariable String cycle, @PathVariable String kinds, @PathVariable UUID id,
                         Caller caller) {
        return visible(cycle, FactKind.ofPath(kinds), id, caller);
    }

    @PostMapping("/" + KINDS + "/{id}/withdrawal")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "撤销考核事实 Withdraw a recorded fact",
            description = "Roles: office. `{\"reason\": \"文件已撤回\", \"version\": 0}`. The fact stays on record, "
                    + "marked WITHDRAWN with the reason, and no longer counts in the facts for scoring. 409 (with "
                    + "`current`) when already withdrawn or the version is stale.")
    Mono<FactRecord> withdraw(@PathVariable String cycle, @PathVariable String kinds, @PathVariable UUID id,
                              @RequestBody Withdrawal withdrawal, Caller caller) {
        List<FieldViolation> errors = withdrawal.violations();
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        FactKind kind = FactKind.ofPath(kinds);
        return visible(cycle, kind, id, caller).flatMap(fact -> {
            if (!fact.isActive()) {
                return Mono.error(ProblemException.conflict("已撤销 / already withdrawn", fact));
            }
            return audit.recorded(caller, facts.withdraw(fact, withdrawal.version(), withdrawal.reason(),
                                    caller.username()),
                            after -> Change.of(kind.name(), id.toString(), "WITHDRAWN", cycle, fact.unit(), fact, after,
                                    withdrawal.reason()))
                    .switchIfEmpty(Mono.defer(() -> facts.find(cycle, kind, id).flatMap(current -> Mono.error(
                            ProblemException.conflict("已被他人修改 / changed by someone else", current)))));
        });
    }

    private Mono<FactRecord> record(FactRecord fact, IntFunction<List<FieldViolation>> rules, Caller caller) {
        String cycle = fact.cycle();
        return cycles.year(cycle)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("考核年度不存在 / no cycle " + cycle)))
                .flatMap(year -> {
                    List<FieldViolation> errors = new ArrayList<>(rules.apply(year));
                    Mono<Boolean> unitKnown = wellFormed(fact.unit()) ? facts.unitExists(fact.unit()) : Mono.just(true);
                    Mono<Boolean> indicatorKnown = fact.kind() == FactKind.LEVEL && wellFormed(fact.indicator())
                            ? facts.isLeafIndicator(cycle, fact.indicator()) : Mono.just(true);
                    return Mono.zip(unitKnown, indicatorKnown).flatMap(known -> {
                        if (!known.getT1()) {
                            errors.add(new FieldViolation("$.unit", "unknown-unit", "单位不存在 / no unit " + fact.unit()));
                        }
                        if (!known.getT2()) {
                            errors.add(new FieldViolation("$.indicator", "unknown-indicator",
                                    "该年度无此末级指标 / no leaf indicator " + fact.indicator() + " in " + cycle));
                        }
                        if (!errors.isEmpty()) {
                            return Mono.error(ProblemException.invalid(errors));
                        }
                        return audit.recorded(caller, facts.insert(fact, caller.username()),
                                created -> Change.created(fact.kind().name(), created.id().toString(), cycle,
                                        created.unit(), created));
                    });
                })
                .onErrorMap(DuplicateKeyException.class, duplicate -> ProblemException.conflict(
                        "该单位该指标当日已有等次 / a level of this unit and indicator exists for that day; withdraw it "
                                + "first", null));
    }

    private Mono<FactRecord> visible(String cycle, FactKind kind, UUID id, Caller caller) {
        return facts.find(cycle, kind, id).filter(fact -> caller.mayAccessUnit(fact.unit()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此记录 / no " + kind.path() + " " + id)));
    }

    private static boolean wellFormed(String code) {
        return code != null && FieldRules.CODE.matcher(code).matches();
    }
}
