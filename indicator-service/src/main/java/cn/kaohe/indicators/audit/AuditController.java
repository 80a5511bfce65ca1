package cn.kaohe.indicators.audit;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.security.Roles;
import cn.kaohe.defaults.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 审计日志: who changed what, when, from what to what, and why; and whether the chain is intact. */
@RestController
@RequestMapping("/api/indicators/v1/audit")
@Tag(name = "audit", description = "审计日志 The append-only, hash-chained audit log")
class AuditController {

    /** Rows read per round trip while verifying: the walk never holds more than this. */
    private static final int VERIFY_WINDOW = 500;

    private final AuditRepository audit;

    AuditController(AuditRepository audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "审计记录 Read the audit log, newest first",
            description = "Roles: office and analyst read every row; unit reporters and leaders read only the rows of "
                    + "their own unit (asking for another unit is 403; rows without a unit, such as cycles or the "
                    + "indicator tree, are not theirs); other roles 403. Filters: entityType (CYCLE, UNIT, CATEGORY, "
                    + "UNIT_CATEGORY, INDICATOR, TARGET, TARGET_LETTER, PROGRESS_REPORT, WARNING, LEVEL, ADJUSTMENT, "
                    + "VETO, EVIDENCE, THRESHOLDS), entityId, cycle, unit; paged.")
    Mono<Paging.Page<AuditEntry>> list(@RequestParam(required = false) String entityType,
                                       @RequestParam(required = false) String entityId,
                                       @RequestParam(required = false) String cycle,
                                       @RequestParam(required = false) String unit,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size, Caller caller) {
        Paging paging = Paging.of(page, size);
        if (!caller.isUnitScoped() && !caller.hasAny(Roles.OFFICE, Roles.ANALYST)) {
            return Mono.error(ProblemException.forbidden("无权查看审计日志 / your role may not read the audit log"));
        }
        if (caller.isUnitScoped() && unit != null && !caller.mayAccessUnit(unit)) {
            return Mono.error(ProblemException.forbidden("只能查看本单位的审计记录 / only your own unit's rows"));
        }
        String only = caller.isUnitScoped() ? caller.ownUnitOrNone() : unit;
        AuditRepository.Filter filter = new AuditRepository.Filter(entityType, entityId, cycle, only);
        return audit.page(filter, paging.offset(), paging.size()).collectList()
                .zipWith(audit.count(filter), paging::of);
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAnyRole('office', 'analyst')")
    @Operation(summary = "校验审计链 Verify the hash chain",
            description = "Roles: office, analyst. Walks every row in order (a window of rows at a time, never the "
                    + "whole log) up to the last row present when the walk starts, and answers "
                    + "`{\"intact\": true, \"checked\": 1234, \"lastSeq\": 1234, \"lastHash\": \"…\"}` or, at the first "
                    + "row that breaks the chain, `{\"intact\": false, \"firstBroken\": {\"seq\": 17, \"id\": \"…\", "
                    + "\"problem\": \"CONTENT_CHANGED\" | \"LINK_BROKEN\" | \"SEQUENCE_GAP\"}}`.")
    Mono<ChainWalk.Verdict> verify() {
        return audit.lastSeq().flatMap(until -> {
            ChainWalk walk = new ChainWalk();
            return audit.rowsAfter(0, until, VERIFY_WINDOW)
                    .expand(rows -> rows.stream().allMatch(walk::accept) && rows.size() == VERIFY_WINDOW
                            ? audit.rowsAfter(rows.getLast().seq(), until, VERIFY_WINDOW) : Mono.empty())
                    .then(Mono.fromSupplier(walk::verdict));
        });
    }
}
