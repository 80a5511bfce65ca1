package cn.kaohe.evaluations.publiclinks;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.idempotency.IdempotentRequest;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.evaluations.invitations.InvitationTokens;
import cn.kaohe.evaluations.responses.CheckedResponse;
import cn.kaohe.evaluations.responses.PublicInvitationView;
import cn.kaohe.evaluations.responses.PublicProblems;
import cn.kaohe.evaluations.responses.Receipt;
import cn.kaohe.evaluations.responses.RespondentHeaders;
import cn.kaohe.evaluations.responses.ResponseOrigin;
import cn.kaohe.evaluations.responses.ResponseStore;
import cn.kaohe.evaluations.responses.SubmissionCheck;
import cn.kaohe.evaluations.surveys.RatedUnit;
import cn.kaohe.evaluations.surveys.RespondentGroup;
import cn.kaohe.evaluations.surveys.Survey;
import cn.kaohe.evaluations.surveys.Surveys;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answering through a public link. Everything that can be checked without writing is checked first
 * (the link and its survey's window, the device id, the answers, the proof's signature and work); then
 * one transaction records the proof's nonce, takes one of the address's daily allowance for the unit,
 * counts the response in its burst windows and stores it with the flags those counts give. Any refusal
 * rolls all of it back: nothing is written.
 */
@Component
class PublicLinkAnswers {

    /** How long a challenge may be solved and used: time enough to answer one unit slowly. */
    static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(20);

    /** A usable link with its survey and group. */
    record Open(PublicLink link, Survey survey, RespondentGroup group) {
        List<String> units() {
            return group.units().stream().map(RatedUnit::code).toList();
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicLinkRepository links;
    private final Surveys surveys;
    private final ResponseStore store;
    private final PublicLinkCounters counters;
    private final ProofOfWorkKey key;
    private final Idempotency idempotency;
    private final TransactionalOperator transaction;
    private final JsonMapper json;

    PublicLinkAnswers(PublicLinkRepository links, Surveys surveys, ResponseStore store, PublicLinkCounters counters,
                      ProofOfWorkKey key, Idempotency idempotency, TransactionalOperator transaction, JsonMapper json) {
        this.links = links;
        this.surveys = surveys;
        this.store = store;
        this.counters = counters;
        this.key = key;
        this.idempotency = idempotency;
        this.transaction = transaction;
        this.json = json;
    }

    /** The link, its survey and group if it takes answers now; otherwise the problem the page shows. */
    Mono<Open> usable(String code) {
        if (!InvitationTokens.wellFormed(code)) {
            return Mono.error(PublicProblems.invalid());
        }
        return links.byCode(code).switchIfEmpty(Mono.error(PublicProblems::invalid))
                .flatMap(link -> link.revoked() ? Mono.error(PublicProblems.revoked())
                        : surveys.find(link.surveyId()).switchIfEmpty(Mono.error(PublicProblems::invalid))
                        .flatMap(PublicProblems::requireOpen)
                        .flatMap(survey -> {
                            RespondentGroup group = survey.definition().group(link.group());
                            return group == null || !group.hidesIdentity() ? Mono.error(PublicProblems.invalid())
                                    : Mono.just(new Open(link, survey, group));
                        }));
    }

    /** The survey as the page shows it; {@code answered}: the units rated from this device. */
    Mono<PublicInvitationView> view(String code, String device) {
        return usable(code).flatMap(open -> (RespondentHeaders.wellFormedDevice(device)
                ? store.unitsRatedOnDevice(open.link().id(), device) : Mono.just(List.<String>of()))
                .map(rated -> PublicInvitationView.of(open.survey(), open.link().group(), open.units(), rated)));
    }

    Mono<ProofOfWork.Challenge> challenge(String code) {
        return usable(code).flatMap(open -> key.signer().map(signer -> {
            byte[] nonce = new byte[16];
            RANDOM.nextBytes(nonce);
            return signer.issue(open.link().id(), open.link().proofOfWorkBits(),
                    Instant.now().plus(CHALLENGE_LIFETIME), nonce);
        }));
    }

    /**
     * With an {@code Idempotency-Key} (the keys belong to the link × device), a repeat of the same answers
     * replays the first receipt, even with another proof: a retry after a lost answer never doubles.
     */
    Mono<Receipt> submit(String code, PublicLinkSubmission submission, String clientAddress, String device,
                         ServerWebExchange exchange) {
        return usable(code).flatMap(open -> {
            if (!RespondentHeaders.wellFormedDevice(device)) {
                return Mono.error(ProblemException.invalid("header:" + RespondentHeaders.DEVICE_HEADER, "required",
                        "缺少设备标识,请用评价页面提交 / send the page's device id (letters, digits, - and _, ≤ 64)"));
            }
            var outcome = SubmissionCheck.check(open.survey().definition(), open.link().group(), open.units(),
                    submission.answered());
            if (!outcome.violations().isEmpty()) {
                return Mono.error(ProblemException.invalid(outcome.violations()));
            }
            var proof = submission.proof();
            if (proof == null || proof.challenge() == null || proof.counter() == null) {
                return Mono.error(LinkProblems.proofInvalid());
            }
            return key.signer()
                    .flatMap(signer -> signer.verify(proof.challenge(), proof.counter(), open.link().id(),
                            open.link().proofOfWorkBits()).map(Mono::just).orElseGet(() -> Mono.error(LinkProblems.proofInvalid())))
                    .flatMap(solved -> idempotency.once(IdempotentRequest.of(exchange,
                                    "link:" + open.link().id() + ":" + device, json.writeValueAsBytes(submission.answered())),
                            Receipt.class, () -> store(open, outcome.response(), solved, clientAddress, device, exchange)));
        });
    }

    private Mono<Receipt> store(Open open, CheckedResponse response, ProofOfWork.Solved proof, String clientAddress,
                                String device, ServerWebExchange exchange) {
        Instant now = Instant.now();
        if (proof.expiredAt(now)) {
            return Mono.error(LinkProblems.proofExpired());
        }
        PublicLink link = open.link();
        String address = LinkRules.addressKey(clientAddress);
        Instant window = LinkRules.windowStart(now, link.burstWindowMinutes());
        return counters.useNonce(proof.nonce(), link.id())
                .flatMap(fresh -> fresh ? store.unitsRatedOnDevice(link.id(), device)
                        : Mono.error(LinkProblems.proofUsed()))
                .flatMap(rated -> rated.contains(response.unit())
                        ? Mono.error(LinkProblems.deviceAlreadyAnswered(response.unit()))
                        : counters.takeWithin(link.id(), PublicLinkCounters.ADDRESS_DAY, address + "|" + response.unit(),
                        LinkRules.dayStart(now), link.addressDailyLimit()))
                .flatMap(allowed -> {
                    if (allowed) {
                        return counters.increment(link.id(), PublicLinkCounters.ADDRESS, address + "|" + response.unit(),
                                window);
                    }
                    long wait = LinkRules.secondsUntilTomorrow(now);
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(wait));
                    return Mono.error(LinkProblems.addressLimitReached(link.addressDailyLimit(), wait));
                })
                .flatMap(fromAddress -> counters.increment(link.id(), PublicLinkCounters.IDENTICAL,
                                LinkRules.answersDigest(response), window)
                        .map(identical -> LinkRules.flags(link, fromAddress, identical)))
                .flatMap(flags -> store.store(open.survey(), response,
                        ResponseOrigin.publicLink(link.id(), clientAddress, device), flags))
                .switchIfEmpty(Mono.error(() -> LinkProblems.deviceAlreadyAnswered(response.unit())))
                .as(transaction::transactional);
    }
}
