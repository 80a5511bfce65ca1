package cn.kaohe.indicators.progress;

import static cn.kaohe.indicators.ApiTexts.IDEMPOTENT;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.Paging;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import cn.kaohe.indicators.cycles.Cycles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 进度填报: units report, lead departments verify, the office approves or returns. */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}/progress-reports")
@Tag(name = "progress", description = "进度填报 Progress reports and their approval")
class ProgressReportController {

    record Step(Long version, String comment) {
    }

    static final String ENTITY = "PROGRESS_REPORT";

    private static final Map<String, ReportAction> STEPS = Map.of("submission", ReportAction.SUBMIT,
            "verification", ReportAction.VERIFY, "approval", ReportAction.APPROVE, "return", ReportAction.RETURN);

    private final ProgressReportRepository reports;
    private final Cycles cycles;
    private final AuditLog audit;
    private final Idempotency idempotency;

    ProgressReportController(ProgressReportRepository reports, Cycles cycles, AuditLog audit, Idempotency idempotency) {
        this.reports = reports;
        this.cycles = cycles;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    @GetMapping
    @Operation(summary = "填报列表 Reports of a cycle", description = "Roles: any authenticated user; unit reporters "
            + "and leaders see their own unit only. Filters: unit, indicator, period, status.")
    Mono<Paging.Page<ProgressReport>> list(@PathVariable String cycle, @RequestParam(required = false) String unit,
                                           @RequestParam(required = false) String indicator,
                                           @RequestParam(required = false) String period,
                                           @RequestParam(required = false) ReportStatus status,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size, Caller caller) {
        Paging paging = Paging.of(page, size);
        if (caller.isUnitScoped() && unit != null && !caller.mayAccessUnit(unit)) {
            return Mono.error(ProblemException.forbidden("只能查看本单位填报 / only your own unit's reports"));
        }
        String only = caller.isUnitScoped() ? caller.scopedUnit() : unit;
        String state = status == null ? null : status.name();
        return reports.list(cycle, only, indicator, period, state, paging.offset(), paging.size()).collectList()
                .zipWith(reports.count(cycle, only, indicator, period, state), paging::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看填报 One report", description = "Roles: as the list.")
    Mono<ProgressReport> get(@PathVariable String cycle, @PathVariable UUID id, Caller caller) {
        return visible(cycle, id, caller);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建填报 Draft a report",
            description = "Roles: the unit's reporter, or the office. `{\"unit\", \"indicator\", \"period\": \"2024-10\", "
                    + "\"actual\": 53.1, \"comment\"}`: the cumulative actual. 409 when the unit already has a report "
                    + "for that indicator and period; 422 per field (negative, outside the cycle, unknown codes). "
                    + IDEMPOTENT)
    Mono<ProgressReport> create(@PathVariable String cycle, @RequestBody ReportDraft draft, Caller caller,
                                ServerWebExchange exchange) {
        if (!ReportPermissions.mayReport(caller, draft.unit())) {
            return Mono.error(ProblemException.forbidden("只能为本单位填报 / you may report only for your own unit"));
        }
        return idempotency.once(exchange, caller, draft, ProgressReport.class, () -> drafted(cycle, draft, caller))
                .onErrorMap(DuplicateKeyException.class, duplicate -> ProblemException.conflict(
                        "该期间已有填报 / a report exists for this unit, indicator and period", null))
                .onErrorMap(DataIntegrityViolationException.class, unknown -> ProblemException.invalid(
                        "$.unit", "unknown-unit", "单位不存在 / no unit " + draft.unit()));
    }

    private Mono<ProgressReport> drafted(String cycle, ReportDraft draft, Caller caller) {
        return cycles.year(cycle)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("考核年度不存在 / no cycle " + cycle)))
                .flatMap(year -> {
                    List<FieldViolation> errors = new ArrayList<>(draft.violations(year, true));
                    return (draft.indicator() == null ? Mono.just(true)
                            : reports.leadDepartment(cycle, draft.indicator()).map(lead -> true).defaultIfEmpty(false))
                            .flatMap(known -> {
                                if (!known) {
                                    errors.add(new FieldViolation("$.indicator", "unknown-indicator",
                                            "该年度无此指标 / no indicator " + draft.indicator() + " in " + cycle));
                                }
                                return errors.isEmpty()
                                        ? audit.recorded(caller, reports.insert(cycle, draft, caller.username()),
                                                created -> Change.created(ENTITY, created.id().toString(), cycle,
                                                        created.unit(), created))
                                        : Mono.error(ProblemException.invalid(errors));
                            });
                });
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改填报 Edit a draft or returned report",
            description = "Roles: the unit's reporter, or the office. Send the version you read (409 when stale or "
                    + "when the report is no longer a draft or returned).")
    Mono<ProgressReport> edit(@PathVariable String cycle, @PathVariable UUID id, @RequestBody ReportDraft draft,
                              Caller caller) {
        return visible(cycle, id, caller).flatMap(report -> {
            if (!ReportPermissions.mayReport(caller, report.unit())) {
                return Mono.error(ProblemException.forbidden("只能修改本单位填报 / only your own unit's reports"));
            }
            if (!ReportAction.EDIT.allowedFrom(report.status())) {
                return Mono.error(ProblemException.conflict("已提交的填报不能修改 / only drafts and returned reports "
                        + "can be edited", report));
            }
            List<FieldViolation> errors = draft.violations(Integer.parseInt(report.period().substring(0, 4)), false);
            if (!errors.isEmpty()) {
                return Mono.error(ProblemException.invalid(errors));
            }
            return audit.recorded(caller, reports.edit(report, draft, caller.username()),
                            after -> Change.of(ENTITY, id.toString(), "CHANGED", cycle, report.unit(), report, after, null))
                    .switchIfEmpty(stale(cycle, id));
        });
    }

    @PostMapping("/{id}/{step:submission|verification|approval|return}")
    @Operation(summary = "提交、审核、审批、退回 Move a report through its workflow",
            description = "`submission` (the unit's reporter or the office), `verification` (the indicator's lead "
                    + "department or the office), `approval` (the office), `return` (lead department or office, with "
                    + "a comment). Body `{\"version\": 3, \"comment\": \"…\"}`. 409 when the step does not apply to "
                    + "the report's state or the version is stale.")
    Mono<ProgressReport> step(@PathVariable String cycle, @PathVariable UUID id, @PathVariable String step,
                              @RequestBody Step body, Caller caller) {
        ReportAction action = STEPS.get(step);
        List<FieldViolation> errors = new ArrayList<>();
        if (body.version() == null) {
            errors.add(new FieldViolation("$.version", "required", "须带版本号 / send the version you read"));
        }
        if (action == ReportAction.RETURN && (body.comment() == null || body.comment().isBlank())) {
            errors.add(new FieldViolation("$.comment", "required", "退回须说明原因 / a return needs a comment"));
        }
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        return visible(cycle, id, caller).flatMap(report -> reports.leadDepartment(cycle, report.indicator())
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(lead -> {
                    if (!ReportPermissions.mayAct(caller, action, report.unit(), lead.orElse(null))) {
                        return Mono.error(ProblemException.forbidden("当前角色不能执行此步骤 / your role may not do this step"));
                    }
                    if (!action.allowedFrom(report.status())) {
                        return Mono.error(ProblemException.conflict("填报状态为 " + report.status() + " / the report is "
                                + report.status(), report));
                    }
                    String comment = action == ReportAction.RETURN ? body.comment() : null;
                    ReportStatus to = action.after(report.status());
                    return audit.recorded(caller, reports.move(report, body.version(), to, comment, caller.username()),
                                    after -> Change.of(ENTITY, id.toString(), to.name(), cycle, report.unit(), report,
                                            after, body.comment()))
                            .switchIfEmpty(stale(cycle, id));
                }));
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "更正已审批数据 Correct an approved report",
            description = "Roles: the office, or the indicator's lead department (which owns the indicator's data). "
                    + "`{\"actual\": 55.2, \"reason\": \"统计年报修订\", \"version\": 3}`: the approved value changes only "
                    + "this way; the replaced value is kept with the reason (see GET …/corrections) and the schedule "
                    + "table, warnings and facts use the corrected value. 409 (with `current`) when the report is not "
                    + "approved or the version is stale; 422 per field (negative, unchanged, no reason). " + IDEMPOTENT)
    Mono<ProgressReport> correct(@PathVariable String cycle, @PathVariable UUID id, @RequestBody CorrectionDraft draft,
                                 Caller caller, ServerWebExchange exchange) {
        return idempotency.once(exchange, caller, draft, ProgressReport.class, () -> corrected(cycle, id, draft, caller));
    }

    private Mono<ProgressReport> corrected(String cycle, UUID id, CorrectionDraft draft, Caller caller) {
        return visible(cycle, id, caller).flatMap(report -> reports.leadDepartment(cycle, report.indicator())
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(lead -> {
                    if (!ReportPermissions.mayCorrect(caller, lead.orElse(null))) {
                        return Mono.error(ProblemException.forbidden(
                                "只有考核办或牵头部门可以更正 / only the office or the lead department may correct"));
                    }
                    List<FieldViolation> errors = draft.violations(report.actual());
                    if (!errors.isEmpty()) {
                        return Mono.error(ProblemException.invalid(errors));
                    }
                    if (report.status() != ReportStatus.APPROVED) {
                        return Mono.error(ProblemException.conflict("只有已审批的填报需要更正 / only approved reports are "
                                + "corrected; edit or return the others", report));
                    }
                    return audit.recorded(caller,
                                    reports.correct(report, draft.version(), draft.actual(), draft.reason(),
                                            caller.username()),
                                    after -> Change.of(ENTITY, id.toString(), "CORRECTED", cycle, report.unit(), report,
                                            after, draft.reason()))
                            .switchIfEmpty(stale(cycle, id));
                }));
    }

    @GetMapping("/{id}/corrections")
    @Operation(summary = "更正记录 The value history of a report",
            description = "Roles: as reading the report. Every correction in order: the value before and after, the "
                    + "reason, who and when. Empty for a report never corrected.")
    Mono<List<Correction>> corrections(@PathVariable String cycle, @PathVariable UUID id, Caller caller) {
        return visible(cycle, id, caller).flatMap(report -> reports.corrections(report.id()).collectList());
    }

    private Mono<ProgressReport> visible(String cycle, UUID id, Caller caller) {
        return reports.find(cycle, id)
                .filter(report -> caller.mayAccessUnit(report.unit()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此填报 / no report " + id)));
    }

    private Mono<ProgressReport> stale(String cycle, UUID id) {
        return Mono.defer(() -> reports.find(cycle, id).flatMap(current -> Mono.error(
                ProblemException.conflict("填报已被他人修改 / changed by someone else", current))));
    }
}
