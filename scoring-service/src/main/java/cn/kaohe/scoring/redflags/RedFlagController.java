package cn.kaohe.scoring.redflags;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.scoring.engine.ScoringEngine;
import cn.kaohe.scoring.results.CycleInputs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "red-flags", description = "流动红旗 Quarterly rankings per section")
class RedFlagController {

    record QuarterlyRanking(String cycle, String quarter, String asOf, int rulebookVersion, int top, int last,
                            List<SectionRanking> sections) {
    }

    private final CycleInputs inputs;
    private final ScoringEngine engine = new ScoringEngine();

    RedFlagController(CycleInputs inputs) {
        this.inputs = inputs;
    }

    @GetMapping("/api/scoring/v1/cycles/{cycle}/red-flags")
    @Operation(summary = "季度流动红旗 Quarterly ranking per section",
            description = "Roles: any authenticated user (rankings are displayed to all units, 定期晾晒). "
                    + "`quarter` as YYYY-Qn; the facts are taken as of the quarter's last month. Per section of the "
                    + "indicator tree (or all indicators when the facts carry no sections): section score = 100 × "
                    + "earned ÷ points; the first `top` ranks (default 1) get RED_FLAG, the last `last` (default 1) "
                    + "YELLOW_CARD; ties share. Nothing is stored.")
    Mono<QuarterlyRanking> redFlags(@PathVariable String cycle, @RequestParam(required = false) String quarter,
                                    @RequestParam(defaultValue = "1") int top, @RequestParam(defaultValue = "1") int last,
                                    @AuthenticationPrincipal Jwt jwt) {
        List<FieldViolation> errors = new ArrayList<>();
        if (quarter == null || !quarter.matches("\\d{4}-Q[1-4]")) {
            errors.add(new FieldViolation("$.quarter", "invalid-quarter", "季度格式为 YYYY-Qn / quarter is YYYY-Qn"));
        }
        if (top < 0 || top > 50) {
            errors.add(new FieldViolation("$.top", "out-of-range", "应在 0–50 / must be 0..50"));
        }
        if (last < 0 || last > 50) {
            errors.add(new FieldViolation("$.last", "out-of-range", "应在 0–50 / must be 0..50"));
        }
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        String asOf = quarter.substring(0, 4) + "-" + String.format("%02d", (quarter.charAt(6) - '0') * 3);
        return inputs.load(cycle, asOf, jwt.getTokenValue()).map(loaded -> new QuarterlyRanking(cycle, quarter, asOf,
                loaded.rulebook().version(), top, last,
                RedFlags.rank(CycleInputs.score(engine, loaded.scenario()), loaded.facts().sections(), top, last)));
    }
}
