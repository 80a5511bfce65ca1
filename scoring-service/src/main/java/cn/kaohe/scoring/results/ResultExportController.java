package cn.kaohe.scoring.results;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.scoring.exports.PublicityTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.kaohe.defaults.exports.ExportFormat;
import cn.kaohe.defaults.exports.ExportResponse;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The 公示 table as a spreadsheet, streamed while the database is read. */
@RestController
@RequestMapping("/api/scoring/v1/cycles/{cycle}/results/{version}")
@Tag(name = "results", description = "考核结果 Result versions of a cycle")
class ResultExportController {

    private final ResultRepository results;

    ResultExportController(ResultRepository results) {
        this.results = results;
    }

    @GetMapping("/export")
    @Operation(summary = "导出公示表 Export the ranking table (xlsx or csv)",
            description = "`?format=xlsx` (default) or `csv`; same roles and rows as the ranking table. Streamed: "
                    + "rows are written as they are read.")
    Mono<Void> export(@PathVariable String cycle, @PathVariable int version,
                      @RequestParam(required = false) String format, Caller caller, ServerHttpResponse response) {
        ExportFormat chosen = ExportFormat.of(format);
        return results.find(cycle, version)
                .filter(header -> ResultAccess.mayReadVersion(caller, header.status()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此结果版本 / no result version " + version)))
                .flatMap(header -> {
                    String only = ResultAccess.seesWholeTable(caller, header.status()) ? null
                            : caller.ownUnitOrNone();
                    Iterable<UnitStanding> rows = results.standings(cycle, version, null, only, 0, Integer.MAX_VALUE)
                            .toIterable(256);
                    String title = cycle + " 年度考核结果公示表 第 " + version + " 版(" + header.status() + ")";
                    return ExportResponse.write(response, chosen, "考核结果-" + cycle + "-v" + version,
                            out -> PublicityTable.write(chosen, title, rows, out));
                });
    }
}
