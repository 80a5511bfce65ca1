package cn.kaohe.indicators.schedule;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.FieldRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** 序时进度表: every unit × indicator against the time schedule, with its warning colour. */
@RestController
@Tag(name = "schedule", description = "序时进度 Time schedule and colours")
class ScheduleController {

    private final ScheduleTable table;

    ScheduleController(ScheduleTable table) {
        this.table = table;
    }

    @GetMapping("/api/indicators/v1/cycles/{cycle}/schedule")
    @Operation(summary = "序时进度表 Completion, time progress, gap and colour as of a period",
            description = "Roles: any authenticated user; unit reporters and leaders see their own unit. One row per "
                    + "target, streamed (application/json array or application/x-ndjson). Higher-is-better: completion "
                    + "= actual ÷ target, gap = (completion − time progress) × 100, green ≥ 0, yellow down to the red "
                    + "threshold, red below (the cycle's `redBelowGap`, default −10). Lower-is-better indicators are control lines: "
                    + "yellow at the cycle's `controlYellowShare` of the line (default 80%), red above it. See "
                    + "`…/cycles/{cycle}/thresholds`. Approved values include their corrections.")
    Flux<ScheduleLine> schedule(@PathVariable String cycle, @RequestParam String period, Caller caller) {
        if (!FieldRules.isPeriod(period)) {
            return Flux.error(ProblemException.invalid("$.period", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
        }
        String only = caller.scopedUnit();
        return table.lines(cycle, period, only);
    }
}
