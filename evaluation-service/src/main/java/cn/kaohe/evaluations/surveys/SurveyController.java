package cn.kaohe.evaluations.surveys;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/evaluations/v1/surveys")
@Tag(name = "surveys", description = "社会评价问卷 Surveys")
class SurveyController {

    private final SurveyRepository surveys;

    SurveyController(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    @GetMapping
    @Operation(summary = "列出问卷 List surveys", description = "Roles: any authenticated user.")
    Mono<Paging.Page<Survey>> list(@RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return surveys.page(paging.offset(), paging.size()).collectList().zipWith(surveys.count(), paging::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看问卷 Get a survey", description = "Roles: any authenticated user. 404 when unknown.")
    Mono<Survey> get(@PathVariable UUID id) {
        return surveys.find(id)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("问卷不存在 / no survey " + id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "新建问卷 Define a survey",
            description = "Roles: office. 422 names each invalid field; 409 when the code exists in the cycle.")
    Mono<Survey> create(@RequestBody NewSurvey survey, Caller caller) {
        var errors = survey.violations();
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        return surveys.insert(survey, caller.username())
                .onErrorMap(DuplicateKeyException.class, duplicate -> ProblemException.conflict(
                        "问卷代码已存在 / survey " + survey.code() + " exists in cycle " + survey.cycle(), null));
    }
}
