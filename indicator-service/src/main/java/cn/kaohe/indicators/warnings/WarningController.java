package cn.kaohe.indicators.warnings;

import static cn.kaohe.indicators.ApiTexts.IDEMPOTENT;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.FieldRules;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import cn.kaohe.indicators.projects.ProjectWarnings;
import cn.kaohe.indicators.schedule.ScheduleTable;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 预警: issued from the time schedule, acknowledged with measures, closed when back on schedule. */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}/warnings")
@Tag(name = "warnings", description = "预警 Warnings")
class WarningController {

    record Round(String period) {
    }

    /** {@code projects}: what the same round did to the key projects' "due but not started" warnings. */
    record RoundResult(String period, List<Warning> issued, List<Warning> escalated, List<Warning> closed,
                       ProjectWarnings.RoundResult projects, @JsonIgnore Map<UUID, Warning> before) {
    }

    private static final int DECIDE_SLICE = 2000;

    static final String ENTITY = "WARNING";

    private final WarningRepository warnings;
    private final ScheduleTable schedule;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final ProjectWarnings projectWarnings;

    WarningController(WarningRepository warnings, ScheduleTable schedule, AuditLog audit, Idempotency idempotency,
                      ProjectWarnings projectWarnings) {
        this.warnings = warnings;
        this.schedule = schedule;
        this.audit = audit;
        this.idempotency = idempotency;
        this.projectWarnings = projectWarnings;
    }

    @PostMapping("/rounds")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "发布预警 Run a warning round for a period",
            description = "Roles: office. Every yellow or red line of the time schedule without an open warning gets "
                    + "one, addressed to the responsible unit and co-units; an open yellow whose line turned red becomes red; "
                    + "every open warning whose line is green "
                    + "again is closed (销号), marked recovered when it was red. Running a round twice issues nothing new. "
                    + "The cycle's thresholds colour the lines. The same round checks the key projects (`projects`: "
                    + "due and not started, see …/project-warnings). " + IDEMPOTENT)
    Mono<RoundResult> round(@PathVariable String cycle, @RequestBody Round round, Caller caller,
                            ServerWebExchange exchange) {
        if (!FieldRules.isPeriod(round.period())) {
            return Mono.error(ProblemException.invalid("$.period", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
        }
        // One transaction: the open warnings are locked first, so a concurrent acknowledgement or round waits and
        // every audit row's "before" is the state that was replaced. The schedule streams and is decided a slice at
        // a time, so a large cycle's lines are never all held.
        Mono<RoundResult> outcome = warnings.lockOpen(cycle)
                .collect(Collectors.toMap(warning -> WarningRound.key(warning.unit(), warning.indicator()),
                        warning -> warning))
                .flatMap(open -> schedule.lines(cycle, round.period(), null).buffer(DECIDE_SLICE)
                        .map(lines -> WarningRound.decide(lines, open))
                        .collect(() -> new WarningRound.Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()),
                                (all, slice) -> {
                                    all.issue().addAll(slice.issue());
                                    all.escalate().addAll(slice.escalate());
                                    all.close().addAll(slice.close());
                                }))
                .flatMap(decided -> apply(cycle, round.period(), decided, caller));
        return idempotency.once(exchange, caller, round, RoundResult.class,
                () -> audit.recordedAll(caller, outcome, result -> changes(cycle, result)));
    }

    private Mono<RoundResult> apply(String cycle, String period, WarningRound.Outcome outcome, Caller caller) {
        List<UUID> changing = new ArrayList<>();
        outcome.escalate().forEach(up -> changing.add(up.warning().id()));
        outcome.close().forEach(warning -> changing.add(warning.id()));
        // One statement after the other: they share the round's transaction and so its connection.
        return warnings.byIds(changing).collectMap(Warning::id)
                .flatMap(before -> warnings.issueAll(cycle, period, outcome.issue(), caller.username()).collectList()
                        .flatMap(issued -> warnings.escalateAll(outcome.escalate(), period).collectList()
                                .flatMap(escalated -> warnings.closeAll(outcome.close(), period).collectList()
                                        .flatMap(closed -> projectWarnings.round(cycle, period, caller.username())
                                                .map(projects -> new RoundResult(period, issued, escalated, closed,
                                                        projects, before))))));
    }

    private static List<Change> changes(String cycle, RoundResult result) {
        List<Change> changes = new ArrayList<>();
        result.issued().forEach(warning -> changes.add(Change.of(ENTITY, warning.id().toString(), "ISSUED", cycle,
                warning.unit(), null, warning, null)));
        result.escalated().forEach(warning -> changes.add(Change.of(ENTITY, warning.id().toString(), "ESCALATED",
                cycle, warning.unit(), result.before().get(warning.id()), warning, null)));
        result.closed().forEach(warning -> changes.add(Change.of(ENTITY, warning.id().toString(), "CLOSED", cycle,
                warning.unit(), result.before().get(warning.id()), warning, null)));
        changes.addAll(ProjectWarnings.changes(cycle, result.projects()));
        return changes;
    }

    @GetMapping
    @Operation(summary = "预警列表 Warnings of a cycle",
            description = "Roles: any authenticated user; unit users see the warnings of their unit or addressed to it.")
    Mono<List<Warning>> list(@PathVariable String cycle, @RequestParam(required = false) WarningStatus status,
                             Caller caller) {
        String addressee = caller.scopedUnit();
        return warnings.list(cycle, status == null ? null : status.name(), addressee).collectList();
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "反馈整改措施 Acknowledge with rectification measures",
            description = "Roles: the leader or reporter of a unit the warning is addressed to, or the office. "
                    + "`{\"measures\": \"…\", \"version\": 0}`; 409 when already acknowledged or closed.")
    Mono<Warning> acknowledge(@PathVariable String cycle, @PathVariable UUID id, @RequestBody Acknowledgement body,
                              Caller caller) {
        List<FieldViolation> errors = body.violations();
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        return warnings.find(cycle, id)
                .filter(warning -> !caller.isUnitScoped() || warning.isAddressedTo(caller.unit()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此预警 / no warning " + id)))
                .flatMap(warning -> {
                    if (!Acknowledgement.mayAcknowledge(caller)) {
                        return Mono.error(ProblemException.forbidden("当前角色不能反馈整改 / your role may not acknowledge"));
                    }
                    return audit.recorded(caller,
                                    warnings.acknowledge(warning, body.version(), body.measures(), caller.username()),
                                    after -> Change.of(ENTITY, id.toString(), "ACKNOWLEDGED", cycle, warning.unit(),
                                            warning, after, body.measures()))
                            .switchIfEmpty(Mono.defer(() -> warnings.find(cycle, id).flatMap(current -> Mono.error(
                                    ProblemException.conflict("预警状态已变 / the warning has moved on", current)))));
                });
    }
}
