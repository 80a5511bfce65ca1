package cn.kaohe.evaluations.publiclinks;

import cn.kaohe.evaluations.ShanghaiTime;
import cn.kaohe.evaluations.responses.PublicInvitationView;
import cn.kaohe.evaluations.responses.Receipt;
import cn.kaohe.evaluations.responses.RespondentHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
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
 * The respondent's side of a public link, without an account: the link's code is the credential,
 * scoped to its survey and group. The gateway leaves these paths open and rate-limits them per address.
 */
@RestController
@RequestMapping("/api/evaluations/v1/public/links/{code}")
@Tag(name = "public", description = "答卷(无需账号)Answering with an invitation token or a public link")
class PublicLinkRespondentController {

    /** A challenge as the page reads it. */
    record IssuedChallenge(String challenge, String nonce, int bits, OffsetDateTime expiresAt) {
    }

    private final PublicLinkAnswers answers;

    PublicLinkRespondentController(PublicLinkAnswers answers) {
        this.answers = answers;
    }

    @GetMapping
    @Operation(summary = "读取公开链接 What a public link asks",
            description = "No account. As for an invitation: title, questions with options, and the group's units; "
                    + "`answered` marks the units rated from the device named by the optional `X-Device-Id`. Problems: "
                    + "404 `invitation-invalid`, 410 `invitation-revoked`, 410 `invitation-expired`, 409 `survey-not-open`.")
    Mono<PublicInvitationView> read(@PathVariable String code,
                                    @RequestHeader(value = RespondentHeaders.DEVICE_HEADER, required = false) String device) {
        return answers.view(code, device);
    }

    @PostMapping("/challenges")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "领取安全验证 A proof-of-work challenge",
            description = "No account. `{\"challenge\": \"…\", \"nonce\": \"…\", \"bits\": 18, \"expiresAt\": \"…\"}`: find a "
                    + "counter whose SHA-256 over the nonce's text followed by the counter in decimal starts with `bits` "
                    + "zero bits, and send both with one submission before `expiresAt`. Nothing is stored.")
    Mono<IssuedChallenge> challenge(@PathVariable String code) {
        return answers.challenge(code).map(issued -> new IssuedChallenge(issued.challenge(), issued.nonce(),
                issued.bits(), issued.expiresAt().atZone(ShanghaiTime.ZONE).toOffsetDateTime()));
    }

    @PostMapping("/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "通过公开链接提交一个单位的评价 Submit one unit's answers through a public link",
            description = "No account. `{\"unit\": \"HANYIN\", \"answers\": [{\"question\": \"Q1\", \"option\": \"SATISFIED\"}], "
                    + "\"proof\": {\"challenge\": \"…\", \"counter\": 91234}}` with the header `X-Device-Id` (required) → 201 "
                    + "`{\"id\", \"unit\", \"submittedAt\"}`. Once per device × unit (409 `device-already-answered`); at "
                    + "most the link's `addressDailyLimit` per address × unit per day (429 `address-limit-reached`, "
                    + "`Retry-After`); the proof: 403 `proof-invalid` (missing, forged, too easy, unsolved), 403 "
                    + "`proof-expired`, 409 `proof-used`. Bursts are flagged, never refused. `Idempotency-Key` (keys of "
                    + "the link × device): a repeat of the same answers replays the first receipt.")
    Mono<Receipt> submit(@PathVariable String code, @RequestBody PublicLinkSubmission submission,
                         @RequestHeader(value = RespondentHeaders.DEVICE_HEADER, required = false) String device,
                         ServerWebExchange exchange) {
        return answers.submit(code, submission, RespondentHeaders.clientAddress(exchange.getRequest()), device, exchange);
    }
}
