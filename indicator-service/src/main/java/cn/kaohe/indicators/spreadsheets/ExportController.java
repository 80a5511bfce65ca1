package cn.kaohe.indicators.spreadsheets;

import cn.kaohe.defaults.exports.ExportFormat;
import cn.kaohe.defaults.exports.ExportResponse;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.FieldRules;
import cn.kaohe.indicators.cycles.Cycles;
import cn.kaohe.indicators.projects.ProjectWarnings;
import cn.kaohe.indicators.schedule.ScheduleLine;
import cn.kaohe.indicators.schedule.ScheduleTable;
import cn.kaohe.indicators.warnings.WarningStatus;
import cn.kaohe.indicators.warnings.Warnings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The time-schedule and warnings tables as xlsx or csv, written while the database is read. */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}")
@Tag(name = "spreadsheets", description = "Excel 导入导出 Spreadsheet import and export")
class ExportController {

    /** Rows buffered between the database and the file writer. */
    private static final int PREFETCH = 256;

    private final ScheduleTable schedule;
    private final Warnings warnings;
    private final ProjectWarnings projectWarnings;
    private final SpreadsheetRepository lookups;
    private final Cycles cycles;

    ExportController(ScheduleTable schedule, Warnings warnings, ProjectWarnings projectWarnings,
                     SpreadsheetRepository lookups, Cycles cycles) {
        this.schedule = schedule;
        this.warnings = warnings;
        this.projectWarnings = projectWarnings;
        this.lookups = lookups;
        this.cycles = cycles;
    }

    @GetMapping("/schedule/export")
    @Operation(summary = "导出序时进度表 Export the time schedule of a period (xlsx or csv)",
            description = "Roles: any authenticated user; unit reporters and leaders get their own unit's rows only. "
                    + "`?period=YYYY-MM&format=xlsx|csv` (xlsx by default). The rows of `GET …/schedule` with unit and "
                    + "indicator names, streamed as they are read.")
    Mono<Void> schedule(@PathVariable String cycle, @RequestParam(required = false) String period,
                        @RequestParam(required = false) String format, Caller caller, ServerHttpResponse response) {
        ExportFormat chosen = ExportFormat.of(format);
        if (!FieldRules.isPeriod(period)) {
            return Mono.error(ProblemException.invalid("$.period", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
        }
        return known(cycle).then(lookups.names(cycle)).flatMap(names -> {
            Iterable<ScheduleLine> rows = schedule.lines(cycle, period, caller.scopedUnit()).toIterable(PREFETCH);
            String title = cycle + " 年度序时进度表(截至 " + period + ")";
            return ExportResponse.write(response, chosen, "序时进度表-" + cycle + "-" + period,
                    out -> ExportSheets.schedule(names).write(chosen, title, rows, out));
        });
    }

    @GetMapping("/warnings/export")
    @Operation(summary = "导出预警表 Export the warnings (xlsx or csv)",
            description = "Roles: any authenticated user; unit users get the warnings of or addressed to their unit. "
                    + "`?status=ISSUED|ACKNOWLEDGED|CLOSED&format=xlsx|csv`. Indicator warnings first, then the key "
                    + "projects' (kind column), each newest first; streamed as they are read.")
    Mono<Void> warnings(@PathVariable String cycle, @RequestParam(required = false) WarningStatus status,
                        @RequestParam(required = false) String format, Caller caller, ServerHttpResponse response) {
        ExportFormat chosen = ExportFormat.of(format);
        String state = status == null ? null : status.name();
        String only = caller.scopedUnit();
        return known(cycle).then(lookups.names(cycle)).flatMap(names -> {
            Flux<ExportSheets.WarningRow> rows = warnings.list(cycle, state, only).map(ExportSheets.WarningRow::of)
                    .concatWith(projectWarnings.list(cycle, state, only).map(ExportSheets.WarningRow::of));
            String title = cycle + " 年度预警表";
            return ExportResponse.write(response, chosen, "预警表-" + cycle,
                    out -> ExportSheets.warnings(names).write(chosen, title, rows.toIterable(PREFETCH), out));
        });
    }

    private Mono<Void> known(String cycle) {
        return cycles.exists(cycle).flatMap(exists -> exists ? Mono.<Void>empty()
                : Mono.error(ProblemException.notFound("考核年度不存在 / no cycle " + cycle)));
    }
}
