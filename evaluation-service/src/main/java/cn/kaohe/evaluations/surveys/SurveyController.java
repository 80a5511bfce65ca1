package cn.kaohe.evaluations.surveys;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.transactions.Transactions;
import cn.kaohe.defaults.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/evaluations/v1/surveys")
@Tag(name = "surveys", description = "社会评价问卷 Surveys")
class SurveyController {

    record Step(Long version) {
    }

    private final SurveyRepository surveys;
    private final ResponsePresence responses;
    private final TransactionalOperator transaction;
    private final Idempotency idempotency;

    SurveyController(SurveyRepository surveys, ResponsePresence responses, TransactionalOperator transaction,
                     Idempotency idempotency) {
        this.idempotency = idempotency;
        this.surveys = surveys;
        this.responses = responses;
        this.transaction = transaction;
    }

    @GetMapping
    @Operation(summary = "列出问卷 List surveys", description = "Roles: any authenticated user. Filter `cycle`.")
    Mono<Paging.Page<Survey>> list(@RequestParam(required = false) String cycle,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return surveys.page(cycle, paging.offset(), paging.size()).concatMap(this::withPresence).collectList()
                .zipWith(surveys.count(cycle), paging::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看问卷 Get a survey", description = "Roles: any authenticated user. 404 when unknown.")
    Mono<Survey> get(@PathVariable UUID id) {
        return found(surveys.find(id), id).flatMap(this::withPresence);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "新建问卷 Define a survey",
            description = "Roles: office. A DRAFT; questions without options get the default scale (满意 100, 比较满意 80, "
                    + "基本满意 60, 不满意 0, 不了解 without points), question weights default to 1, answers are required "
                    + "unless `required: false`, groups default to `minimumResponses` 5 and anonymous, `trimAbove` "
                    + "to 5. 422 names each invalid field; 409 when the code exists in the cycle. `Idempotency-Key` "
                    + "makes a retry safe.")
    Mono<Survey> create(@RequestBody SurveyDraft draft, Caller caller, ServerWebExchange exchange) {
        var errors = SurveyRules.violations(draft, false);
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        return idempotency.once(exchange, caller, draft, Survey.class,
                        () -> surveys.insert(draft, SurveyRules.complete(draft.definition()), caller.username()))
                .onErrorMap(DuplicateKeyException.class, duplicate -> ProblemException.conflict(
                        "问卷代码已存在 / survey " + draft.code() + " exists in cycle " + draft.cycle(), null));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "修改问卷 Change a survey",
            description = "Roles: office. The whole definition with the `version` read (409 with `current` when stale). "
                    + "Once the survey has a response only its texts (title, description, question texts, option "
                    + "labels, group and unit names) and its opening and closing times may change: another scoring "
                    + "definition is a 409. Cycle and code never change.")
    Mono<Survey> update(@PathVariable UUID id, @RequestBody SurveyDraft draft, Caller caller) {
        var errors = SurveyRules.violations(draft, true);
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        SurveyDefinition definition = SurveyRules.complete(draft.definition());
        return found(surveys.lock(id), id)
                .flatMap(current -> responses.any(id).flatMap(has -> {
                    Survey shown = current.withHasResponses(has);
                    List<FieldViolation> fixed = immutable(current, draft);
                    if (!fixed.isEmpty()) {
                        return Mono.error(ProblemException.invalid(fixed));
                    }
                    if (current.version() != draft.version()) {
                        return Mono.error(ProblemException.conflict("问卷已被他人修改 / changed by someone else", shown));
                    }
                    if (has && !SurveyRules.scoresAlike(current.definition(), definition)) {
                        return Mono.error(ProblemException.conflict("问卷已有答卷,计分定义(题目、选项、分值、权重、群体、"
                                + "最少有效答卷数、去极值)不能再改,只能改文字 / the survey has responses: its scoring "
                                + "definition is frozen, only texts may change", shown));
                    }
                    if (current.status() != SurveyStatus.DRAFT) {
                        List<FieldViolation> open = SurveyRules.readyToOpen(definition);
                        if (!open.isEmpty()) {
                            return Mono.error(ProblemException.invalid(open));
                        }
                    }
                    return surveys.update(id, draft.version(), draft, definition, caller.username())
                            .map(updated -> updated.withHasResponses(has));
                }))
                .as(transaction::transactional).as(Transactions::toTheEnd);
    }

    @PostMapping("/{id}/opening")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "开放问卷 Open a survey",
            description = "Roles: office. `{\"version\": 3}`. From DRAFT or CLOSED. Needs at least one question and one "
                    + "group, every group with units (422). 409 when another survey of the cycle already left DRAFT (a "
                    + "cycle's social score comes from its one non-draft survey) or the version is stale.")
    Mono<Survey> open(@PathVariable UUID id, @RequestBody Step step, Caller caller) {
        return move(id, step, SurveyStatus.OPEN, caller);
    }

    @PostMapping("/{id}/closing")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "关闭问卷 Close a survey",
            description = "Roles: office. `{\"version\": 4}`. From OPEN; no answer is accepted afterwards. 409 otherwise.")
    Mono<Survey> close(@PathVariable UUID id, @RequestBody Step step, Caller caller) {
        return move(id, step, SurveyStatus.CLOSED, caller);
    }

    private Mono<Survey> move(UUID id, Step step, SurveyStatus to, Caller caller) {
        if (step.version() == null) {
            return Mono.error(ProblemException.invalid("$.version", "required", "须带版本号 / send the version you read"));
        }
        return found(surveys.find(id), id).flatMap(current -> {
            boolean allowed = to == SurveyStatus.OPEN ? current.status() != SurveyStatus.OPEN
                    : current.status() == SurveyStatus.OPEN;
            if (!allowed) {
                return Mono.error(ProblemException.conflict("问卷状态为 " + current.status() + " / the survey is "
                        + current.status(), current));
            }
            if (to == SurveyStatus.OPEN) {
                List<FieldViolation> errors = SurveyRules.readyToOpen(current.definition());
                if (!errors.isEmpty()) {
                    return Mono.error(ProblemException.invalid(errors));
                }
            }
            return surveys.move(id, step.version(), current.status(), to, caller.username())
                    .switchIfEmpty(Mono.defer(() -> found(surveys.find(id), id).flatMap(now -> Mono.error(
                            ProblemException.conflict("问卷已被他人修改 / changed by someone else", now)))))
                    .onErrorMap(DuplicateKeyException.class, duplicate -> ProblemException.conflict(
                            "该年度已有开放或已关闭的问卷,一个年度的社会评价得分只来自一份问卷 / another survey of cycle "
                                    + current.cycle() + " already left DRAFT: a cycle's social score comes from one survey",
                            null))
                    .flatMap(this::withPresence);
        });
    }

    private static List<FieldViolation> immutable(Survey current, SurveyDraft draft) {
        List<FieldViolation> errors = new ArrayList<>();
        if (draft.cycle() != null && !draft.cycle().equals(current.cycle())) {
            errors.add(new FieldViolation("$.cycle", "immutable", "年度不能修改 / the cycle never changes"));
        }
        if (draft.code() != null && !draft.code().equals(current.code())) {
            errors.add(new FieldViolation("$.code", "immutable", "问卷代码不能修改 / the code never changes"));
        }
        return errors;
    }

    private Mono<Survey> withPresence(Survey survey) {
        return responses.any(survey.id()).map(survey::withHasResponses);
    }

    private static Mono<Survey> found(Mono<Survey> survey, UUID id) {
        return survey.switchIfEmpty(Mono.error(() -> ProblemException.notFound("问卷不存在 / no survey " + id)));
    }
}
