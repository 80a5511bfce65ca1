package cn.kaohe.evaluations.responses;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.idempotency.IdempotentRequest;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.evaluations.ShanghaiTime;
import cn.kaohe.evaluations.invitations.InvitationGrant;
import cn.kaohe.evaluations.invitations.Invitations;
import cn.kaohe.evaluations.scores.ScoreTallies;
import cn.kaohe.evaluations.scores.TalliedAnswer;
import cn.kaohe.evaluations.surveys.Survey;
import cn.kaohe.evaluations.surveys.Surveys;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores one submission: the credential, the survey's window and the answers are checked first (nothing
 * is written on any failure), then the response, its answers, the invitation's record and the running
 * aggregates in one transaction. The unique key on invitation × unit decides who wins a race.
 */
@Component
class ResponseSubmissions {

    /** What the respondent gets back. */
    record Receipt(UUID id, String unit, OffsetDateTime submittedAt) {
    }

    /** A token's invitation with its survey. */
    record Credential(InvitationGrant grant, Survey survey) {
    }

    private final Invitations invitations;
    private final Surveys surveys;
    private final ResponseRepository responses;
    private final ScoreTallies tallies;
    private final TransactionalOperator transaction;
    private final Idempotency idempotency;
    private final JsonMapper json;

    ResponseSubmissions(Invitations invitations, Surveys surveys, ResponseRepository responses, ScoreTallies tallies,
                        TransactionalOperator transaction, Idempotency idempotency, JsonMapper json) {
        this.idempotency = idempotency;
        this.json = json;
        this.invitations = invitations;
        this.surveys = surveys;
        this.responses = responses;
        this.tallies = tallies;
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
                            .flatMap(survey -> switch (survey.windowAt(ShanghaiTime.now())) {
                                case NOT_YET_OPEN -> Mono.error(PublicProblems.notOpenYet(survey.opensAt()));
                                case CLOSED -> Mono.error(PublicProblems.expired(survey.closesAt()));
                                case OPEN -> Mono.just(new Credential(grant, survey));
                            });
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
        Survey survey = credential.survey();
        var outcome = SubmissionCheck.check(survey.definition(), grant.group(), grant.units(), submission);
        if (!outcome.violations().isEmpty()) {
            return Mono.error(ProblemException.invalid(outcome.violations()));
        }
        CheckedResponse response = outcome.response();
        if (grant.answered().contains(response.unit())) {
            return Mono.error(PublicProblems.alreadyAnswered(response.unit()));
        }
        UUID id = UUID.randomUUID();
        var origin = new ResponseRepository.Origin(grant.id(), clientAddress, deviceId);
        ScoreTallies.Key key = new ScoreTallies.Key(survey.id(), response.unit(), response.group());
        return responses.insert(id, survey.id(), response, origin)
                .switchIfEmpty(Mono.error(() -> PublicProblems.alreadyAnswered(response.unit())))
                .flatMap(submittedAt -> responses.insertAnswers(id, response.answers())
                        .then(surveys.version(survey.id()))
                        .flatMap(version -> version == survey.version() ? invitations.recordAnswer(grant.id(),
                                response.unit()) : Mono.error(PublicProblems.surveyChanged()))
                        .flatMap(stillValid -> stillValid ? tallies.add(key, response.score(),
                                response.answers().stream().map(ResponseSubmissions::tallied).toList())
                                : Mono.error(PublicProblems.revoked()))
                        .thenReturn(new Receipt(id, response.unit(), submittedAt)))
                .as(transaction::transactional);
    }

    static TalliedAnswer tallied(CheckedAnswer answer) {
        return new TalliedAnswer(answer.question(), answer.points(), answer.satisfied());
    }
}
