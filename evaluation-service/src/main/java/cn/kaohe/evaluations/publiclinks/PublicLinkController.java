package cn.kaohe.evaluations.publiclinks;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.Paging;
import cn.kaohe.evaluations.PageLinks;
import cn.kaohe.evaluations.invitations.InvitationTokens;
import cn.kaohe.evaluations.invitations.QrCodes;
import cn.kaohe.evaluations.surveys.Surveys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** 公开链接: the office's anonymous links per survey and group, their limits, QR codes and revocation. */
@RestController
@RequestMapping("/api/evaluations/v1/surveys/{survey}/public-links")
@PreAuthorize("hasRole('office')")
@Tag(name = "public-links", description = "公开链接 Public links")
class PublicLinkController {

    record Revocation(String reason) {
    }

    private final PublicLinkRepository links;
    private final Surveys surveys;
    private final Idempotency idempotency;
    private final PageLinks pages;

    PublicLinkController(PublicLinkRepository links, Surveys surveys, Idempotency idempotency, PageLinks pages) {
        this.links = links;
        this.surveys = surveys;
        this.idempotency = idempotency;
        this.pages = pages;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "创建公开链接 Create the public link of an anonymous group",
            description = "Roles: office. `{\"group\": \"PUBLIC\", \"addressDailyLimit\": 50, \"proofOfWorkBits\": 18, "
                    + "\"burstWindowMinutes\": 10, \"burstPerAddress\": 5, \"burstIdenticalAnswers\": 20}` (all but "
                    + "`group` optional, defaults shown). Only for anonymous groups (422 `group-not-anonymous`); one live "
                    + "link per survey × group (409 with the live one in `current`). It takes answers while its survey is "
                    + "open. `Idempotency-Key` accepted.")
    Mono<PublicLink> create(@PathVariable UUID survey, @RequestBody PublicLinkSettings settings, Caller caller,
                            ServerWebExchange exchange) {
        return surveys.require(survey).flatMap(found -> {
            var errors = settings.violationsToCreate(found.definition());
            if (!errors.isEmpty()) {
                return Mono.error(ProblemException.invalid(errors));
            }
            return idempotency.once(exchange, caller, settings, PublicLink.class,
                    () -> links.insert(survey, settings, InvitationTokens.next(), caller.username())
                            .switchIfEmpty(Mono.defer(() -> links.live(survey, settings.group())
                                    .flatMap(live -> Mono.error(ProblemException.conflict(
                                            "该群体已有公开链接,请先作废 / the group has a live link: revoke it first",
                                            shown(live))))))
                            .map(this::shown));
        });
    }

    @GetMapping
    @Operation(summary = "公开链接列表 The survey's public links",
            description = "Roles: office. Live links first, then revoked ones; each with its `link`.")
    Mono<Paging.Page<PublicLink>> list(@PathVariable UUID survey, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return surveys.require(survey).flatMap(found -> links.all(survey, paging.offset(), paging.size())
                .map(this::shown).collectList()
                .zipWith(links.count(survey), paging::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看公开链接 One public link", description = "Roles: office. 404 when unknown.")
    Mono<PublicLink> get(@PathVariable UUID survey, @PathVariable UUID id) {
        return found(survey, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改公开链接的限制 Change a link's limits",
            description = "Roles: office. The whole settings with the `version` read (left-out ones take the defaults); "
                    + "the group never changes. A raised `proofOfWorkBits` voids weaker challenges at once. 409 with "
                    + "`current` when stale or revoked.")
    Mono<PublicLink> change(@PathVariable UUID survey, @PathVariable UUID id, @RequestBody PublicLinkSettings settings,
                            Caller caller) {
        return found(survey, id).flatMap(current -> {
            var errors = settings.violationsToChange(current);
            if (!errors.isEmpty()) {
                return Mono.error(ProblemException.invalid(errors));
            }
            return links.update(survey, id, settings, caller.username()).map(this::shown)
                    .switchIfEmpty(Mono.defer(() -> found(survey, id).flatMap(now -> Mono.error(ProblemException.conflict(
                            now.revoked() ? "链接已作废 / the link was revoked" : "链接已被他人修改 / changed by someone else",
                            now)))));
        });
    }

    @GetMapping(value = "/{id}/qr", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "公开链接二维码 QR code of the link (PNG)", description = "Roles: office. `?size=300` (120..1200).")
    Mono<ResponseEntity<byte[]>> qr(@PathVariable UUID survey, @PathVariable UUID id,
                                    @RequestParam(defaultValue = "300") int size) {
        return found(survey, id).flatMap(link -> QrCodes.inline(size, Mono.just(link.link()),
                "public-" + link.group() + ".png"));
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "作废公开链接 Revoke a public link",
            description = "Roles: office. `{\"reason\": \"…\"}` (required). Its responses stay and count; it takes no more. "
                    + "A new link for the group may then be created. 409 when already revoked.")
    Mono<PublicLink> revoke(@PathVariable UUID survey, @PathVariable UUID id, @RequestBody Revocation revocation,
                            Caller caller) {
        if (revocation.reason() == null || revocation.reason().isBlank() || revocation.reason().length() > 1000) {
            return Mono.error(ProblemException.invalid("$.reason", "required",
                    "须说明作废原因(最长 1000 字)/ a reason is required (at most 1000 characters)"));
        }
        return found(survey, id).flatMap(current -> links.revoke(survey, id, revocation.reason(), caller.username())
                .map(this::shown)
                .switchIfEmpty(Mono.error(() -> ProblemException.conflict("链接已作废 / already revoked", current))));
    }

    private PublicLink shown(PublicLink link) {
        return link.withLink(pages.publicLink(link.code()));
    }

    private Mono<PublicLink> found(UUID survey, UUID id) {
        return links.find(survey, id).map(this::shown)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此公开链接 / no public link " + id)));
    }
}
