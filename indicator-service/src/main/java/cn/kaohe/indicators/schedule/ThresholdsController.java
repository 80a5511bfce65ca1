package cn.kaohe.indicators.schedule;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import cn.kaohe.indicators.cycles.Cycles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 预警阈值: the yellow and red thresholds of one cycle, used by the schedule table and the warning rounds. */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}/thresholds")
@Tag(name = "schedule", description = "序时进度 Time schedule and colours")
class ThresholdsController {

    private final ThresholdsRepository thresholds;
    private final Cycles cycles;
    private final AuditLog audit;

    ThresholdsController(ThresholdsRepository thresholds, Cycles cycles, AuditLog audit) {
        this.thresholds = thresholds;
        this.cycles = cycles;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "预警阈值 The cycle's thresholds",
            description = "Roles: any authenticated user. `redBelowGap` (percentage points, default −10): yellow while "
                    + "redBelowGap ≤ gap < 0, red below; `controlYellowShare` (default 0.8): a control line turns "
                    + "yellow at that share of the line, red above the line. Version 0 means the defaults. 404 for an "
                    + "unknown cycle.")
    Mono<CycleThresholds> get(@PathVariable String cycle) {
        return known(cycle).then(current(cycle));
    }

    @PutMapping
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "修改预警阈值 Change the cycle's thresholds",
            description = "Roles: office. `{\"redBelowGap\": -8, \"controlYellowShare\": 0.9, \"version\": 0}`: send "
                    + "the version you read (409 with the current thresholds when stale). 422 per field: redBelowGap "
                    + "in [−100, 0], controlYellowShare in (0, 1]. The next schedule table and warning round use them.")
    Mono<CycleThresholds> change(@PathVariable String cycle, @RequestBody ThresholdsDraft draft, Caller caller) {
        List<FieldViolation> errors = draft.violations();
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        return known(cycle).then(current(cycle)).flatMap(before -> audit.recorded(caller,
                        thresholds.save(cycle, draft, caller.username()),
                        after -> Change.of("THRESHOLDS", cycle, "CHANGED", cycle, null, before, after, null)))
                .switchIfEmpty(Mono.defer(() -> current(cycle).flatMap(latest -> Mono.error(ProblemException.conflict(
                        "阈值已被他人修改 / changed by someone else", latest)))));
    }

    private Mono<CycleThresholds> current(String cycle) {
        return thresholds.find(cycle).defaultIfEmpty(CycleThresholds.defaults(cycle));
    }

    private Mono<Void> known(String cycle) {
        return cycles.exists(cycle).flatMap(exists -> exists ? Mono.<Void>empty()
                : Mono.error(ProblemException.notFound("考核年度不存在 / no cycle " + cycle)));
    }
}
