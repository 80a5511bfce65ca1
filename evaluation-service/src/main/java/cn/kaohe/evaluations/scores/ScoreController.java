package cn.kaohe.evaluations.scores;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.evaluations.surveys.Survey;
import cn.kaohe.evaluations.surveys.SurveyStatus;
import cn.kaohe.evaluations.surveys.Surveys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 社会评价得分: per unit, per group and question, and the cycle's social scores for the scoring service. */
@RestController
@Tag(name = "scores", description = "社会评价得分 Social scores")
class ScoreController {

    record SurveyRef(UUID id, String code, String title, SurveyStatus status) {
        static SurveyRef of(Survey survey) {
            return new SurveyRef(survey.id(), survey.code(), survey.title(), survey.status());
        }
    }

    record SurveyScores(SurveyRef survey, String cycle, int trimAbove, List<UnitScores> units) {
    }

    record SocialScore(String unit, BigDecimal score) {
    }

    record CycleSocialScores(String cycle, SurveyRef survey, List<SocialScore> socialScores) {
    }

    private final Surveys surveys;
    private final ScoreReports reports;

    ScoreController(Surveys surveys, ScoreReports reports) {
        this.surveys = surveys;
        this.reports = reports;
    }

    @GetMapping("/api/evaluations/v1/surveys/{survey}/scores")
    @Operation(summary = "各单位社会评价得分 Every unit's scores",
            description = "Roles: office, analyst, integrator (every unit); unit-leader (their own unit only). Per unit: "
                    + "the social score (null and flagged NO_QUALIFYING_GROUP when no group reached its minimum), the "
                    + "satisfaction rate, each group's score, valid responses against its minimum, trimming, and each "
                    + "question's satisfaction rate and average points. Read from running aggregates.")
    Mono<SurveyScores> survey(@PathVariable UUID survey, Caller caller) {
        if (!ScoreAccess.readsAny(caller)) {
            return Mono.error(ProblemException.forbidden("无权查看社会评价得分 / your role may not read social scores"));
        }
        return surveys.require(survey).flatMap(found -> reports.units(found, ScoreAccess.onlyUnit(caller))
                .map(units -> new SurveyScores(SurveyRef.of(found), found.cycle(), found.trimAbove(), units)));
    }

    @GetMapping("/api/evaluations/v1/surveys/{survey}/scores/{unit}")
    @Operation(summary = "单位社会评价得分 One unit's scores",
            description = "Roles: office, analyst, integrator; unit-leader for their own unit (403 for another). 404 when "
                    + "no group of the survey rates the unit.")
    Mono<UnitScores> unit(@PathVariable UUID survey, @PathVariable String unit, Caller caller) {
        if (!ScoreAccess.mayRead(caller, unit)) {
            return Mono.error(ProblemException.forbidden("只能查看本单位的社会评价 / only your own unit's scores"));
        }
        return surveys.require(survey).flatMap(found -> reports.units(found, unit))
                .flatMap(units -> units.isEmpty()
                        ? Mono.error(ProblemException.notFound("该问卷不评价此单位 / the survey does not rate " + unit))
                        : Mono.just(units.get(0)));
    }

    @GetMapping("/api/evaluations/v1/cycles/{cycle}/social-scores")
    @PreAuthorize("hasAnyRole('office', 'analyst', 'integrator')")
    @Operation(summary = "年度社会评价得分 The cycle's social scores (for the scoring service)",
            description = "Roles: office, analyst, integrator. `{\"cycle\": \"2024\", \"socialScores\": [{\"unit\": \"HANYIN\", "
                    + "\"score\": 88.5}]}` from the cycle's one survey that left DRAFT, rounded to 2 decimals; a unit "
                    + "without a qualifying group has no entry, and so does every unit while the cycle has no such "
                    + "survey (`survey` null then).")
    Mono<CycleSocialScores> cycle(@PathVariable String cycle) {
        return surveys.feedingSocialScore(cycle)
                .flatMap(survey -> reports.units(survey, null).map(units -> new CycleSocialScores(cycle,
                        SurveyRef.of(survey), units.stream().filter(unit -> unit.score() != null)
                        .map(unit -> new SocialScore(unit.unit(), unit.score())).toList())))
                .defaultIfEmpty(new CycleSocialScores(cycle, null, List.of()));
    }
}
