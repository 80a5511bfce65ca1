package cn.kaohe.evaluations.responses;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.transactions.Transactions;
import cn.kaohe.defaults.web.Paging;
import cn.kaohe.evaluations.scores.Extremes;
import cn.kaohe.evaluations.scores.ScoreTallies;
import cn.kaohe.evaluations.surveys.RespondentGroup;
import cn.kaohe.evaluations.surveys.Survey;
import cn.kaohe.evaluations.surveys.Surveys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The office's view of the individual responses, and exclusion with a reason (and reinstatement).
 * Nothing is ever deleted; an excluded response keeps its row and reason and counts nowhere.
 */
@RestController
@RequestMapping("/api/evaluations/v1/surveys/{survey}/responses")
@PreAuthorize("hasRole('office')")
@Tag(name = "responses", description = "答卷 Responses")
class ResponseController {

    record Decision(String reason, Long version) {
    }

    private final Surveys surveys;
    private final ResponseRepository responses;
    private final ScoreTallies tallies;
    private final TransactionalOperator transaction;

    ResponseController(Surveys surveys, ResponseRepository responses, ScoreTallies tallies,
                       TransactionalOperator transaction) {
        this.surveys = surveys;
        this.responses = responses;
        this.tallies = tallies;
        this.transaction = transaction;
    }

    @GetMapping
    @Operation(summary = "答卷列表 Responses of a survey",
            description = "Roles: office (unit leaders never see individual responses). Filters `unit`, `group`, "
                    + "`excluded`, `flagged` (suspicious bursts from public links: `flags` with code and reason). For "
                    + "anonymous groups no invitation, address or device is shown.")
    Mono<Paging.Page<Response>> list(@PathVariable UUID survey, @RequestParam(required = false) String unit,
                                     @RequestParam(required = false) String group,
                                     @RequestParam(required = false) Boolean excluded,
                                     @RequestParam(required = false) Boolean flagged,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        var filter = new ResponseRepository.Filter(unit, group, excluded, flagged);
        return surveys.require(survey).flatMap(found -> responses.page(survey, filter, paging.offset(),
                        paging.size()).map(response -> shown(found, response)).collectList()
                .zipWith(responses.count(survey, filter), paging::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看答卷 One response with its exclusion history", description = "Roles: office.")
    Mono<Response> get(@PathVariable UUID survey, @PathVariable UUID id) {
        return surveys.require(survey).flatMap(found -> withHistory(found, id));
    }

    @PostMapping("/{id}/exclusion")
    @Operation(summary = "剔除答卷 Exclude a response",
            description = "Roles: office. `{\"reason\": \"…\", \"version\": 0}` (reason required). The response stays with "
                    + "its reason and counts nowhere (scores, minimums, satisfaction). 409 when stale or already excluded.")
    Mono<Response> exclude(@PathVariable UUID survey, @PathVariable UUID id, @RequestBody Decision decision,
                           Caller caller) {
        return decide(survey, id, decision, true, caller);
    }

    @PostMapping("/{id}/reinstatement")
    @Operation(summary = "恢复答卷 Reinstate an excluded response",
            description = "Roles: office. `{\"reason\": \"…\", \"version\": 1}`. It counts again. 409 when stale or not excluded.")
    Mono<Response> reinstate(@PathVariable UUID survey, @PathVariable UUID id, @RequestBody Decision decision,
                             Caller caller) {
        return decide(survey, id, decision, false, caller);
    }

    private Mono<Response> decide(UUID survey, UUID id, Decision decision, boolean exclude, Caller caller) {
        List<FieldViolation> errors = new ArrayList<>();
        if (decision.reason() == null || decision.reason().isBlank()) {
            errors.add(new FieldViolation("$.reason", "required", "须说明理由 / a reason is required"));
        } else if (decision.reason().length() > 1000) {
            errors.add(new FieldViolation("$.reason", "too-long", "最长 1000 字 / at most 1000 characters"));
        }
        if (decision.version() == null) {
            errors.add(new FieldViolation("$.version", "required", "须带版本号 / send the version you read"));
        }
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        return surveys.require(survey).flatMap(found -> found(survey, id).flatMap(response -> {
            ScoreTallies.Key key = new ScoreTallies.Key(survey, response.unit(), response.group());
            var answers = ResponseStore.tallied(response.answers());
            Supplier<Mono<Extremes>> extremes = () -> responses.extremes(survey, response.unit(), response.group());
            return responses.setExcluded(survey, id, decision.version(), exclude, decision.reason())
                    .switchIfEmpty(Mono.defer(() -> withHistory(found, id).flatMap(current -> Mono.error(
                            ProblemException.conflict(current.excluded() == exclude
                                    ? (exclude ? "答卷已被剔除 / already excluded" : "答卷未被剔除 / not excluded")
                                    : "答卷已被他人修改 / changed by someone else", current)))))
                    .flatMap(version -> responses.logExclusion(id, exclude ? "EXCLUDED" : "REINSTATED",
                            decision.reason(), caller.username()))
                    .then(exclude ? tallies.exclude(key, response.score(), answers, response.flagged(), extremes)
                            : tallies.reinstate(key, response.score(), answers, response.flagged(), extremes))
                    .as(transaction::transactional).as(Transactions::toTheEnd)
                    .then(withHistory(found, id));
        }));
    }

    private Mono<Response> found(UUID survey, UUID id) {
        return responses.find(survey, id)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此答卷 / no response " + id)));
    }

    private Mono<Response> withHistory(Survey survey, UUID id) {
        return found(survey.id(), id).flatMap(response -> responses.history(id).collectList()
                .map(history -> shown(survey, response.withHistory(history))));
    }

    static Response shown(Survey survey, Response response) {
        RespondentGroup group = survey.definition().group(response.group());
        return group == null || group.hidesIdentity() ? response.anonymised() : response;
    }
}
