package cn.kaohe.evaluations.responses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The respondent's side, without an account: the invitation token is the only credential, scoped to
 * its survey, group and units. The gateway leaves these paths unauthenticated and rate-limits them.
 */
@RestController
@RequestMapping("/api/evaluations/v1/public/invitations/{token}")
@Tag(name = "public", description = "答卷(无需账号)Answering with an invitation token")
class PublicInvitationController {

    private final ResponseSubmissions submissions;

    PublicInvitationController(ResponseSubmissions submissions) {
        this.submissions = submissions;
    }

    @GetMapping
    @Operation(summary = "读取邀请 What this token may answer",
            description = "No account. The survey's title and description, the questions with their options (codes and "
                    + "labels), the units to rate with `answered`, and `expiresAt` (the survey's closing time). Problems "
                    + "the page shows: 404 `invitation-invalid`, 410 `invitation-revoked`, 410 `invitation-expired` "
                    + "(closed), 410 `invitation-used` (every unit answered), 409 `survey-not-open` (with `opensAt`).")
    Mono<PublicInvitationView> read(@PathVariable String token) {
        return submissions.usable(token).flatMap(credential -> {
            var grant = credential.grant();
            if (grant.used()) {
                return Mono.error(PublicProblems.used());
            }
            return Mono.just(PublicInvitationView.of(credential.survey(), grant.group(), grant.units(), grant.answered()));
        });
    }

    @PostMapping("/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交一个单位的评价 Submit every answer for one unit",
            description = "No account. `{\"unit\": \"HANYIN\", \"answers\": [{\"question\": \"Q1\", \"option\": \"SATISFIED\"}]}` → "
                    + "201 `{\"id\", \"unit\", \"submittedAt\"}`. Once per token × unit, even under concurrent "
                    + "submissions: the others get 409 `already-answered`. 422 names each offending field (a unit this "
                    + "token may not rate, unknown question or option, a question twice, a required question "
                    + "unanswered as `$.answers[Q3]`); 400 for malformed JSON; the token problems as for the read. "
                    + "Optional header `X-Device-Id` (letters, digits, - and _, ≤ 64) is stored with the response. "
                    + "`Idempotency-Key`: a repeat with the same key and body answers the first receipt (201, "
                    + "`Idempotent-Replayed: true`); the same key with another body is a 422.")
    Mono<Receipt> submit(@PathVariable String token, @RequestBody Submission submission,
                         @RequestHeader(value = RespondentHeaders.DEVICE_HEADER, required = false) String deviceId,
                         ServerWebExchange exchange) {
        return submissions.submit(token, submission, RespondentHeaders.clientAddress(exchange.getRequest()),
                RespondentHeaders.wellFormedDevice(deviceId) ? deviceId : null, exchange);
    }
}

