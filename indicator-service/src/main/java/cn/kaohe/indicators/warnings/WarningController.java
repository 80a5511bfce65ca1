package cn.kaohe.indicators.warnings;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.FieldRules;
import cn.kaohe.indicators.projects.ProjectWarnings;
import cn.kaohe.indicators.schedule.ScheduleTable;
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
                       ProjectWarnings.RoundResult projects) {
    }

    private static final int DECIDE_SLICE = 2000;

    private final WarningRepository warnings;
    private final ScheduleTable schedule;
    private final ProjectWarnings projectWarnings;

    WarningController(WarningRepository warnings, ScheduleTable schedule, ProjectWarnings projectWarnings) {
        this.warnings = warnings;
        this.schedule = schedule;
        this.projectWarnings = projectWarnings;
    }

    @PostMapping("/rounds")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "发布预警 Run a warning round for a period",
            description = "Roles: office. Every yellow or red line of the time schedule without an open warning gets "
                    + "one, addressed to the responsible unit and co-units; an open yellow whose line turned red becomes red; "
                    + "every open warning whose line is green "
                    + "again is closed (销号), marked recovered when it was red. Running a round twice issues nothing new. "
                    + "The same round checks the key projects (`projects`: due and not started, see …/project-warnings).")
    Mono<RoundResult> round(@PathVariable String cycle, @RequestBody Round round, Caller caller) {
        if (!FieldRules.isPeriod(round.period())) {
            return Mono.error(ProblemException.invalid("$.period", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
        }
        Mono<Map<String, Warning>> open = warnings.open(cycle).collect(Collectors.toMap(
                warning -> WarningRound.key(warning.unit(), warning.indicator()), warning -> warning));
        // The schedule streams and is decided a slice at a time, so a large cycle's lines are never all held.
        return open.flatMap(current -> schedule.lines(cycle, round.period(), null).buffer(DECIDE_SLICE)
                        .map(lines -> WarningRound.decide(lines, current))
                        .collect(() -> new WarningRound.Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()),
                                (all, slice) -> {
                                    all.issue().addAll(slice.issue());
                                    all.escalate().addAll(slice.escalate());
                                    all.close().addAll(slice.close());
                                }))
                .flatMap(outcome -> {
                    Mono<List<Warning>> issued = warnings.issueAll(cycle, round.period(), outcome.issue(),
                            caller.username()).collectList();
                    Mono<List<Warning>> escalated = warnings.escalateAll(outcome.escalate(), round.period()).collectList();
                    Mono<List<Warning>> closed = warnings.closeAll(outcome.close(), round.period()).collectList();
                    Mono<ProjectWarnings.RoundResult> projects = projectWarnings.round(cycle, round.period(),
                            caller.username());
                    return Mono.zip(issued, escalated, closed, projects).map(done -> new RoundResult(round.period(),
                            done.getT1(), done.getT2(), done.getT3(), done.getT4()));
                });
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
                    return warnings.acknowledge(warning, body.version(), body.measures(), caller.username())
                            .switchIfEmpty(Mono.defer(() -> warnings.find(cycle, id).flatMap(current -> Mono.error(
                                    ProblemException.conflict("预警状态已变 / the warning has moved on", current)))));
                });
    }
}
