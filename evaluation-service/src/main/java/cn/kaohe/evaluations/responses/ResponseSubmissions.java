package cn.kaohe.evaluations.responses;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.idempotency.IdempotentRequest;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.evaluations.invitations.InvitationGrant;
import cn.kaohe.evaluations.invitations.Invitations;
import cn.kaohe.evaluations.surveys.Survey;
import cn.kaohe.evaluations.surveys.Surveys;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores one submission by invitation: the credential, the survey's window and the answers are checked
 * first (nothing is written on any failure), then the response, its answers, the running aggregates and
 * the invitation's record in one transaction. The unique key on invitation × unit decides who wins a race.
 */
@Component
class ResponseSubmissions {

    /** A token's invitation with its survey. */
    record Credential(InvitationGrant grant, Survey survey) {
    }

    private final Invitations invitations;
    private final Surveys surveys;
    private final ResponseStore store;
    private final TransactionalOperator transaction;
    private final Idempotency idempotency;
    private final JsonMapper json;

    ResponseSubmissions(Invitations invitations, Surveys surveys, ResponseStore store,
                        TransactionalOperator transaction, Idempotency idempotency, JsonMapper json) {
        this.idempotency = idempotency;
        this.json = json;
        this.invitations = invitations;
        this.surveys = surveys;
        this.store = store;
        this.transaction = transaction;
    }

    /** The token's invitation and survey if it may answer now; otherwise the problem the page shows. */
    Mono<Credential> usable(String token) {
        return invitations.byToken(token)
                .switchIfEmpty(Mono.error(PublicProblems::invalid))
                .flatMap(grant -> {
                    if (grant.revoked()) {
                        return Mono.error(PublicProblems.revoked());
                    }
                    return surveys.find(grant.surveyId()).switchIfEmpty(Mono.error(PublicProblems::invalid))
                            .flatMap(PublicProblems::requireOpen)
                            .map(survey -> new Credential(grant, survey));
                });
    }

    /**
     * With an {@code Idempotency-Key}, a repeat of the same submission answers its first receipt (the
     * key belongs to the invitation); the same key with another body is a 422.
     */
    Mono<Receipt> submit(String token, Submission submission, String clientAddress, String deviceId,
                         ServerWebExchange exchange) {
        return usable(token).flatMap(credential -> idempotency.once(IdempotentRequest.of(exchange,
                        "invitation:" + credential.grant().id(), json.writeValueAsBytes(submission)), Receipt.class,
                () -> store(credential, submission, clientAddress, deviceId)));
    }

    private Mono<Receipt> store(Credential credential, Submission submission, String clientAddress, String deviceId) {
        InvitationGrant grant = credential.grant();
        var outcome = SubmissionCheck.check(credential.survey().definition(), grant.group(), grant.units(), submission);
        if (!outcome.violations().isEmpty()) {
            return Mono.error(ProblemException.invalid(outcome.violations()));
        }
        CheckedResponse response = outcome.response();
        if (grant.answered().contains(response.unit())) {
            return Mono.error(PublicProblems.alreadyAnswered(response.unit()));
        }
        return store.store(credential.survey(), response, ResponseOrigin.invitation(grant.id(), clientAddress, deviceId),
                        List.of())
                .switchIfEmpty(Mono.error(() -> PublicProblems.alreadyAnswered(response.unit())))
                .flatMap(receipt -> invitations.recordAnswer(grant.id(), response.unit())
                        .flatMap(stillValid -> stillValid ? Mono.just(receipt) : Mono.error(PublicProblems.revoked())))
                .as(transaction::transactional);
    }
}
