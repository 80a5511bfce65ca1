package cn.kaohe.indicators.projects;

import java.math.BigDecimal;
import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.FieldRules;
import cn.kaohe.defaults.web.Paging;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import cn.kaohe.indicators.cycles.Cycles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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

/** 重点项目: the office plans, the unit reports its start, milestones and monthly investment. */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}/projects")
@Tag(name = "key projects", description = "重点项目 Key projects")
class ProjectController {

    /** A project with where it stands against its plan. */
    record ProjectLine(KeyProject project, ProjectStanding standing) {
    }

    /** One project, its standing and every month reported. */
    record ProjectDetail(KeyProject project, ProjectStanding standing, List<Investment> investments) {
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final String ENTITY = "KEY_PROJECT";
    static final String INVESTMENT = "PROJECT_INVESTMENT";

    private final ProjectRepository projects;
    private final Cycles cycles;
    private final Idempotency idempotency;
    private final AuditLog audit;

    ProjectController(ProjectRepository projects, Cycles cycles, Idempotency idempotency, AuditLog audit) {
        this.projects = projects;
        this.cycles = cycles;
        this.idempotency = idempotency;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "重点项目列表 Key projects of a cycle with their standing",
            description = "Roles: any authenticated user; unit reporters and leaders only their own unit (403 for "
                    + "another `unit`). `asOf` (YYYY-MM) defaults to the current month in Asia/Shanghai, kept inside the "
                    + "cycle's year. Paged, ordered by unit and code.")
    Mono<Paging.Page<ProjectLine>> list(@PathVariable String cycle, @RequestParam(required = false) String unit,
                                        @RequestParam(required = false) String asOf,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size, Caller caller) {
        Paging paging = Paging.of(page, size);
        if (unit != null && !caller.mayAccessUnit(unit)) {
            return Mono.error(ProblemException.forbidden("只能查看本单位项目 / only your own unit's projects"));
        }
        String only = caller.isUnitScoped() ? caller.scopedUnit() : unit;
        return year(cycle).flatMap(year -> {
            String month = asOf(asOf, year);
            return projects.list(cycle, only, month, paging.offset(), paging.size())
                    .map(row -> new ProjectLine(row.project(), ProjectPlan.standing(row.project(), row.completed(),
                            month, year)))
                    .collectList()
                    .zipWith(projects.count(cycle, only), paging::of);
        });
    }

    @GetMapping("/{code}")
    @Operation(summary = "查看重点项目 One project, its standing and monthly investment",
            description = "Roles: as the list (another unit's project is a 404 for unit users).")
    Mono<ProjectDetail> get(@PathVariable String cycle, @PathVariable String code,
                            @RequestParam(required = false) String asOf, Caller caller) {
        return year(cycle).flatMap(year -> {
            String month = asOf(asOf, year);
            return visible(cycle, code, caller).flatMap(project -> projects.investments(cycle, code).collectList()
                    .map(investments -> new ProjectDetail(project, ProjectPlan.standing(project,
                            investments.stream().filter(i -> i.period().compareTo(month) <= 0)
                                    .map(Investment::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                            month, year), investments)));
        });
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增重点项目 Plan a key project",
            description = "Roles: office. `{\"code\": \"HY-001\", \"unit\": \"HANYIN\", \"name\": \"…\", "
                    + "\"plannedInvestment\": 52000, \"plannedStart\": \"2024-03\", \"milestones\": [{\"name\": \"主体完工\", "
                    + "\"due\": \"2024-09\"}]}` (万元). 409 when the code exists in the cycle; 422 per field; "
                    + "`Idempotency-Key` makes a retry safe.")
    Mono<KeyProject> create(@PathVariable String cycle, @RequestBody ProjectDraft draft, Caller caller,
                            ServerWebExchange exchange) {
        if (!ProjectPermissions.mayPlan(caller)) {
            return Mono.error(ProblemException.forbidden("只有考核办可以安排重点项目 / only the office plans projects"));
        }
        return year(cycle).flatMap(year -> invalidIfAny(draft.violations(year, null)))
                .then(Mono.defer(() -> idempotency.once(exchange, caller, draft, KeyProject.class,
                        () -> audit.recorded(caller, projects.insert(cycle, draft, caller.username()),
                                created -> Change.created(ENTITY, cycle + "/" + created.code(), cycle, created.unit(),
                                        created)))))
                .onErrorMap(DuplicateKeyException.class, duplicate -> ProblemException.conflict(
                        "项目代码已存在 / project " + draft.code() + " exists in " + cycle, null))
                .onErrorMap(DataIntegrityViolationException.class, unknown -> ProblemException.invalid(
                        "$.unit", "unknown-unit", "单位不存在 / no unit " + draft.unit()));
    }

    @PutMapping("/{code}")
    @Operation(summary = "修改项目计划 Change the plan",
            description = "Roles: office. Name, planned investment, planned start, milestones, with the version read "
                    + "(409 with the current project when stale). A milestone sent without `done` keeps what the unit "
                    + "reported for that name.")
    Mono<KeyProject> update(@PathVariable String cycle, @PathVariable String code, @RequestBody ProjectDraft draft,
                            Caller caller) {
        if (!ProjectPermissions.mayPlan(caller)) {
            return Mono.error(ProblemException.forbidden("只有考核办可以修改项目计划 / only the office changes the plan"));
        }
        return year(cycle).flatMap(year -> visible(cycle, code, caller).flatMap(current ->
                invalidIfAny(draft.violations(year, current))
                        .then(Mono.defer(() -> audit.recorded(caller, projects.updatePlan(current, draft,
                                caller.username()), after -> changed("CHANGED", current, after))))
                        .switchIfEmpty(stale(cycle, code))));
    }

    @PutMapping("/{code}/progress")
    @Operation(summary = "填报开工和节点 Report the start month and the milestones done",
            description = "Roles: the project's unit reporter, or the office. `{\"actualStart\": \"2024-04\", "
                    + "\"milestonesDone\": [\"主体完工\"], \"version\": 2}`; `actualStart` null means not started. 409 "
                    + "with the current project when stale. A warning round closes the project's warning once started.")
    Mono<KeyProject> progress(@PathVariable String cycle, @PathVariable String code, @RequestBody ProgressDraft draft,
                              Caller caller) {
        return year(cycle).flatMap(year -> visible(cycle, code, caller).flatMap(current -> {
            if (!ProjectPermissions.mayReport(caller, current.unit())) {
                return Mono.error(ProblemException.forbidden("只能填报本单位项目 / only your own unit's projects"));
            }
            return invalidIfAny(draft.violations(year, current))
                    .then(Mono.defer(() -> audit.recorded(caller, projects.updateProgress(current, draft,
                            caller.username()), after -> changed("PROGRESS_REPORTED", current, after))))
                    .switchIfEmpty(stale(cycle, code));
        }));
    }

    @PutMapping("/{code}/investments/{period}")
    @Operation(summary = "填报月度完成投资 Report a month's completed investment",
            description = "Roles: the project's unit reporter, or the office. `{\"amount\": 4200, \"version\": 0}` "
                    + "(万元, that month alone). The month is in the cycle's year, not before the reported start; "
                    + "changing a reported month needs its version (409 with the current month when stale).")
    Mono<Investment> invest(@PathVariable String cycle, @PathVariable String code, @PathVariable String period,
                            @RequestBody InvestmentDraft draft, Caller caller) {
        return year(cycle).flatMap(year -> visible(cycle, code, caller).flatMap(project -> {
            if (!ProjectPermissions.mayReport(caller, project.unit())) {
                return Mono.error(ProblemException.forbidden("只能填报本单位项目 / only your own unit's projects"));
            }
            Mono<Optional<Investment>> existing = FieldRules.isPeriod(period)
                    ? projects.investment(cycle, code, period).map(Optional::of).defaultIfEmpty(Optional.empty())
                    : Mono.just(Optional.empty());
            return existing.flatMap(month -> invalidIfAny(draft.violations(period, year, project, month.orElse(null)))
                    .then(Mono.defer(() -> audit.recorded(caller, month.isEmpty()
                            ? projects.insertInvestment(cycle, code, period, draft.amount(), caller.username())
                            : projects.updateInvestment(cycle, code, period, draft.amount(), draft.version(),
                                    caller.username()),
                            after -> Change.of(INVESTMENT, cycle + "/" + code + "/" + period,
                                    month.isEmpty() ? "CREATED" : "CHANGED", cycle, project.unit(),
                                    month.orElse(null), after, null))))
                    .switchIfEmpty(Mono.defer(() -> projects.investment(cycle, code, period)
                            .flatMap(current -> Mono.error(ProblemException.conflict(
                                    "该月投资已被他人填报 / reported by someone else meanwhile", current))))));
        }));
    }

    private static Change changed(String action, KeyProject before, KeyProject after) {
        return Change.of(ENTITY, after.cycle() + "/" + after.code(), action, after.cycle(), after.unit(), before, after,
                null);
    }

    private Mono<Integer> year(String cycle) {
        return cycles.year(cycle)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("考核年度不存在 / no cycle " + cycle)));
    }

    private Mono<KeyProject> visible(String cycle, String code, Caller caller) {
        return projects.find(cycle, code)
                .filter(project -> caller.mayAccessUnit(project.unit()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此重点项目 / no project " + code)));
    }

    private Mono<KeyProject> stale(String cycle, String code) {
        return Mono.defer(() -> projects.find(cycle, code).flatMap(current -> Mono.error(
                ProblemException.conflict("项目已被他人修改 / changed by someone else", current))));
    }

    private static Mono<Void> invalidIfAny(List<FieldViolation> errors) {
        return errors.isEmpty() ? Mono.empty() : Mono.error(ProblemException.invalid(errors));
    }

    /** The month a standing is computed for: the one asked, else this month in Shanghai inside the cycle's year. */
    static String asOf(String asked, int cycleYear) {
        if (asked != null) {
            if (!FieldRules.isPeriod(asked)) {
                throw ProblemException.invalid("$.asOf", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM");
            }
            return asked;
        }
        LocalDate today = LocalDate.now(SHANGHAI);
        if (today.getYear() < cycleYear) {
            return Months.of(cycleYear, 1);
        }
        return today.getYear() > cycleYear ? Months.of(cycleYear, 12) : Months.of(cycleYear, today.getMonthValue());
    }
}
