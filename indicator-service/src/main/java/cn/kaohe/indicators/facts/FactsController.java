package cn.kaohe.indicators.facts;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.indicators.cycles.Cycles;
import cn.kaohe.defaults.web.FieldRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "facts", description = "计分数据 Facts for scoring (read by the scoring service)")
class FactsController {

    private final FactsRepository facts;
    private final Cycles cycles;

    FactsController(FactsRepository facts, Cycles cycles) {
        this.facts = facts;
        this.cycles = cycles;
    }

    @GetMapping("/api/indicators/v1/cycles/{cycle}/facts")
    @PreAuthorize("hasAnyRole('office', 'analyst', 'integrator')")
    @Operation(summary = "计分数据 Everything the scoring contract needs of a cycle",
            description = "Roles: office, analyst, integrator. Units placed in the cycle with their categories, their "
                    + "targets as `assignments`, each unit x indicator's latest APPROVED cumulative actual up to `asOf` "
                    + "(YYYY-MM; all periods when absent; corrections included) as `values`, the office's active "
                    + "fact records dated up to the end of `asOf` as `levels` (each unit x indicator's latest), "
                    + "`adjustments` (with `dedupeKey`) and `vetoes`, and the sections of the indicator tree. Only "
                    + "units placed in the cycle. 404 for an unknown cycle.")
    Mono<CycleFacts> facts(@PathVariable String cycle, @RequestParam(required = false) String asOf) {
        if (asOf != null && !FieldRules.isPeriod(asOf)) {
            return Mono.error(ProblemException.invalid("$.asOf", "invalid-period", "期间格式为 YYYY-MM / a period is YYYY-MM"));
        }
        return cycles.exists(cycle).flatMap(exists -> {
            if (!exists) {
                return Mono.error(ProblemException.notFound("考核年度不存在 / no cycle " + cycle));
            }
            return Mono.zip(facts.units(cycle).collectList(), facts.assignments(cycle).collectList(),
                            facts.approvedValues(cycle, asOf).collectList(), facts.levels(cycle, asOf).collectList(),
                            facts.adjustments(cycle, asOf).collectList(), facts.vetoes(cycle, asOf).collectList(),
                            facts.sections(cycle).collectList())
                    .map(parts -> new CycleFacts(cycle, asOf, parts.getT1(), parts.getT2(), parts.getT3(),
                            parts.getT4(), parts.getT5(), parts.getT6(), parts.getT7()));
        });
    }
}
