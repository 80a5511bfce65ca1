package cn.kaohe.scoring.forecast;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.security.Roles;
import cn.kaohe.scoring.results.CycleInputs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
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
@Tag(name = "forecast", description = "预测 Year-end forecast at the current pace")
class ForecastController {

    private final CycleInputs inputs;
    private final Forecasting forecasting = new Forecasting();

    ForecastController(CycleInputs inputs) {
        this.inputs = inputs;
    }

    @GetMapping("/api/scoring/v1/cycles/{cycle}/forecast")
    @Operation(summary = "年终预测 Project every unit's year-end score, rank and grade",
            description = "Roles: office and analysts see every unit; unit reporters and leaders their own unit. "
                    + "`asOf` (YYYY-MM) is the period of the facts; values are projected by run-rate (actual ÷ time "
                    + "progress). `bestEfforts` are the indicators where a step of 1% of target gains most; "
                    + "`rankRisk` lists units within `distance` points above and below (防止被反超). Nothing is stored.")
    Mono<CycleForecast> forecast(@PathVariable String cycle, @RequestParam(required = false) String asOf,
                                 @RequestParam(defaultValue = "2") BigDecimal distance,
                                 @RequestParam(defaultValue = "3") int top, Caller caller,
                                 @AuthenticationPrincipal Jwt jwt) {
        List<FieldViolation> errors = new ArrayList<>();
        if (!FieldRules.isPeriod(asOf)) {
            errors.add(new FieldViolation("$.asOf", "invalid-period", "须给出期间 YYYY-MM / asOf is a period YYYY-MM"));
        }
        if (distance.signum() < 0 || distance.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new FieldViolation("$.distance", "out-of-range", "应在 0–100 / must be 0..100"));
        }
        if (top < 1 || top > 20) {
            errors.add(new FieldViolation("$.top", "out-of-range", "应在 1–20 / must be 1..20"));
        }
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        boolean everyone = caller.hasAny(Roles.OFFICE, Roles.ANALYST);
        if (!everyone && !caller.isUnitScoped()) {
            return Mono.error(ProblemException.forbidden("预测仅供考核办、分析员和被考核单位 / forecasts are internal"));
        }
        return inputs.load(cycle, asOf, jwt.getTokenValue())
                .map(loaded -> forecasting.forecast(loaded, asOf, distance, top))
                .map(forecast -> everyone ? forecast : onlyOwn(forecast, caller.unit()));
    }

    private static CycleForecast onlyOwn(CycleForecast forecast, String unit) {
        return new CycleForecast(forecast.cycle(), forecast.asOf(), forecast.timeProgress(), forecast.rulebookVersion(),
                forecast.riskDistance(), forecast.units().stream().filter(u -> u.unit().equals(unit)).toList());
    }
}
