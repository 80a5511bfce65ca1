package cn.kaohe.scoring.results;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.scoring.appeals.Appeals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 公示与定稿: a draft goes on notice, appeals are ruled on, then the office freezes it. */
@RestController
@RequestMapping("/api/scoring/v1/cycles/{cycle}/results/{version}")
@Tag(name = "publication", description = "公示、定稿 Publication and sign-off")
class PublicationController {

    record Publication(Integer noticeDays) {
    }

    private final ResultRepository results;
    private final Appeals appeals;

    PublicationController(ResultRepository results, Appeals appeals) {
        this.results = results;
        this.appeals = appeals;
    }

    @PostMapping("/publication")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "公示 Publish a draft for a notice period",
            description = "Roles: office. `noticeDays` (0–60, default 7): units may appeal until it ends. A version "
                    + "already on notice for the cycle becomes SUPERSEDED. 409 unless the version is a draft.")
    Mono<ResultVersion> publish(@PathVariable String cycle, @PathVariable int version,
                                @RequestBody(required = false) Publication publication) {
        int days = publication == null || publication.noticeDays() == null ? 7 : publication.noticeDays();
        if (days < 0 || days > 60) {
            return Mono.error(ProblemException.invalid("$.noticeDays", "out-of-range",
                    "公示期应为 0–60 天 / noticeDays must be 0..60"));
        }
        return results.publish(cycle, version, Duration.ofDays(days))
                .switchIfEmpty(Mono.defer(() -> notInState(cycle, version, ResultStatus.DRAFT)));
    }

    @PostMapping("/freeze")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "定稿 Freeze a published version (final, signed off)",
            description = "Roles: office. Only after the notice period and once every appeal is ruled on (409 "
                    + "otherwise). A frozen version never changes; a later correction is a new version with a reason.")
    Mono<ResultVersion> freeze(@PathVariable String cycle, @PathVariable int version, Caller caller) {
        return results.find(cycle, version)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此结果版本 / no result version " + version)))
                .flatMap(header -> {
                    if (header.status() != ResultStatus.PUBLISHED) {
                        return notInState(header, ResultStatus.PUBLISHED);
                    }
                    if (header.noticeUntil() != null && header.noticeUntil().isAfter(OffsetDateTime.now())) {
                        return Mono.error(ProblemException.conflict("公示期至 " + header.noticeUntil() + " 结束 / the notice "
                                + "period runs until " + header.noticeUntil(), header));
                    }
                    return appeals.openOn(cycle, version).flatMap(open -> open > 0
                            ? Mono.error(ProblemException.conflict("尚有 " + open + " 件申诉未裁决 / " + open
                                    + " appeal(s) still wait for a ruling", header))
                            : results.freeze(cycle, version, caller.username())
                                    .switchIfEmpty(Mono.defer(() -> notInState(cycle, version, ResultStatus.PUBLISHED))));
                });
    }

    private Mono<ResultVersion> notInState(String cycle, int version, ResultStatus wanted) {
        return results.find(cycle, version)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此结果版本 / no result version " + version)))
                .flatMap(current -> notInState(current, wanted));
    }

    private static Mono<ResultVersion> notInState(ResultVersion current, ResultStatus wanted) {
        return Mono.error(ProblemException.conflict("版本状态为 " + current.status() + ",需要 " + wanted
                + " / the version is " + current.status() + ", not " + wanted, current));
    }
}
