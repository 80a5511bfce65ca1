package cn.kaohe.evaluations.invitations;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.Paging;
import cn.kaohe.evaluations.PageLinks;
import cn.kaohe.evaluations.exports.Download;
import cn.kaohe.evaluations.surveys.RatedUnit;
import cn.kaohe.evaluations.surveys.Surveys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 邀请码: generated in bulk per group, exported with links and QR codes, tracked by serial, revocable. */
@RestController
@RequestMapping("/api/evaluations/v1/surveys/{survey}/invitations")
@PreAuthorize("hasRole('office')")
@Tag(name = "invitations", description = "邀请码 Invitation tokens")
class InvitationController {

    record Revocation(String reason) {
    }

    static final List<String> HEADERS = List.of("编号 Serial", "群体 Group", "被评价单位 Units", "未评单位 Pending units",
            "状态 Status", "链接 Link", "生成时间 Created");

    private final InvitationRepository invitations;
    private final Surveys surveys;
    private final TransactionalOperator transaction;
    private final PageLinks links;
    private final Idempotency idempotency;

    InvitationController(InvitationRepository invitations, Surveys surveys, TransactionalOperator transaction,
                         Idempotency idempotency, PageLinks links) {
        this.idempotency = idempotency;
        this.invitations = invitations;
        this.surveys = surveys;
        this.transaction = transaction;
        this.links = links;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "生成邀请码 Generate invitation tokens",
            description = "Roles: office. `{\"group\": \"DEPUTIES\", \"count\": 200, \"units\": [\"HANYIN\"]}` (units: a "
                    + "subset of the group's units, all of them when left out; count 1..5000). Each token is 192 random "
                    + "bits, URL-safe, and answers each of its units once. Answers the batch's serials; the links are in "
                    + "the export. `Idempotency-Key` makes a retry safe (no second batch).")
    Mono<InvitationRepository.Batch> generate(@PathVariable UUID survey, @RequestBody InvitationBatch batch,
                                              Caller caller, ServerWebExchange exchange) {
        return surveys.require(survey).flatMap(found -> {
            var errors = batch.violations(found.definition());
            if (!errors.isEmpty()) {
                return Mono.error(ProblemException.invalid(errors));
            }
            return idempotency.once(exchange, caller, batch, InvitationRepository.Batch.class,
                    () -> invitations.insertBatch(survey, batch.group(), batch.unitsOf(found.definition()), batch.count(),
                            caller.username()).as(transaction::transactional));
        });
    }

    @GetMapping
    @Operation(summary = "邀请码列表 Invitations and what each has answered",
            description = "Roles: office. By serial, never by identity: `answeredUnits`, `pendingUnits`, revocation. "
                    + "`?group=DEPUTIES&pending=true` lists the tokens that still have units to rate (not revoked).")
    Mono<Paging.Page<Invitation>> list(@PathVariable UUID survey, @RequestParam(required = false) String group,
                                       @RequestParam(defaultValue = "false") boolean pending,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return surveys.require(survey).flatMap(found -> invitations.page(survey, group, pending, paging.offset(),
                        paging.size()).map(InvitationRepository.Stored::invitation).collectList()
                .zipWith(invitations.count(survey, group, pending), paging::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看邀请码 One invitation with its link", description = "Roles: office. 404 when unknown.")
    Mono<Invitation> get(@PathVariable UUID survey, @PathVariable UUID id) {
        return found(survey, id).map(stored -> stored.invitation().withLink(link(stored.token())));
    }

    @GetMapping(value = "/{id}/qr", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "邀请码二维码 QR code of the invitation's link (PNG)",
            description = "Roles: office. `?size=300` pixels (120..1200).")
    Mono<ResponseEntity<byte[]>> qr(@PathVariable UUID survey, @PathVariable UUID id,
                                    @RequestParam(defaultValue = "300") int size) {
        return found(survey, id).flatMap(stored -> QrCodes.inline(size, Mono.just(link(stored.token())),
                stored.invitation().label() + ".png"));
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "作废邀请码 Revoke an invitation",
            description = "Roles: office. `{\"reason\": \"…\"}` (required). Its answers so far stay; it answers nothing more. "
                    + "409 when already revoked.")
    Mono<Invitation> revoke(@PathVariable UUID survey, @PathVariable UUID id, @RequestBody Revocation revocation,
                            Caller caller) {
        if (revocation.reason() == null || revocation.reason().isBlank() || revocation.reason().length() > 1000) {
            return Mono.error(ProblemException.invalid("$.reason", "required",
                    "须说明作废原因(最长 1000 字)/ a reason is required (at most 1000 characters)"));
        }
        return found(survey, id).flatMap(stored -> invitations.revoke(survey, id, revocation.reason(), caller.username())
                .map(InvitationRepository.Stored::invitation)
                .switchIfEmpty(Mono.error(() -> ProblemException.conflict("邀请码已作废 / already revoked",
                        stored.invitation()))));
    }

    @GetMapping("/export")
    @Operation(summary = "导出邀请码 Export invitations with their links (xlsx or csv)",
            description = "Roles: office. `?format=xlsx` (default) or `csv`, `group`, and `pending=true` for the reminder "
                    + "list (tokens with units still to rate, not revoked). Streamed as read; each row has the token's "
                    + "link `{publicBaseUrl}/s/{token}`.")
    Mono<Void> export(@PathVariable UUID survey, @RequestParam(required = false) String group,
                      @RequestParam(defaultValue = "false") boolean pending,
                      @RequestParam(defaultValue = "xlsx") String format, ServerHttpResponse response) {
        Download.checkFormat(format);
        return surveys.require(survey).flatMap(found -> {
            Map<String, String> names = found.definition().units().stream()
                    .collect(Collectors.toMap(RatedUnit::code, RatedUnit::name));
            String name = (pending ? "催办名单-" : "邀请码-") + found.code() + (group == null ? "" : "-" + group);
            return Download.table(response, name, format, pending ? "催办名单" : "邀请码", HEADERS,
                    invitations.stream(survey, group, pending).map(stored -> row(stored, names)));
        });
    }

    private List<Object> row(InvitationRepository.Stored stored, Map<String, String> names) {
        Invitation invitation = stored.invitation();
        String status = invitation.revoked() ? "已作废 revoked" : invitation.pendingUnits().isEmpty() ? "已完成 complete"
                : invitation.answeredUnits().isEmpty() ? "未答 not started" : "部分完成 partly answered";
        return List.of(invitation.label(), invitation.group(), named(invitation.units(), names),
                named(invitation.pendingUnits(), names), status, link(stored.token()), invitation.createdAt());
    }

    private static String named(List<String> units, Map<String, String> names) {
        return units.stream().map(unit -> names.getOrDefault(unit, unit)).collect(Collectors.joining("、"));
    }

    private String link(String token) {
        return links.invitation(token);
    }

    private Mono<InvitationRepository.Stored> found(UUID survey, UUID id) {
        return invitations.find(survey, id)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此邀请码 / no invitation " + id)));
    }
}
