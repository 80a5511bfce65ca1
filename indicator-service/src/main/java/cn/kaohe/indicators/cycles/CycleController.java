package cn.kaohe.indicators.cycles;

import static cn.kaohe.indicators.ApiTexts.IDEMPOTENT;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.Paging;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

@RestController
@RequestMapping("/api/indicators/v1/cycles")
@Tag(name = "cycles", description = "考核年度 Assessment cycles")
class CycleController {

    private final CycleRepository cycles;
    private final AuditLog audit;
    private final Idempotency idempotency;

    CycleController(CycleRepository cycles, AuditLog audit, Idempotency idempotency) {
        this.cycles = cycles;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    @GetMapping
    @Operation(summary = "列出考核年度 List cycles", description = "Roles: any authenticated user.")
    Mono<Paging.Page<Cycle>> list(@RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return cycles.page(paging.offset(), paging.size()).collectList()
                .zipWith(cycles.count(), paging::of);
    }

    @GetMapping("/{code}")
    @Operation(summary = "查看考核年度 Get a cycle", description = "Roles: any authenticated user. 404 when unknown.")
    Mono<Cycle> get(@PathVariable String code) {
        return cycles.find(code)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("考核年度不存在 / no cycle " + code)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "新建考核年度 Open a cycle",
            description = "Roles: office. 422 names each invalid field; 409 when the code exists. " + IDEMPOTENT)
    Mono<Cycle> create(@RequestBody NewCycle cycle, Caller caller, ServerWebExchange exchange) {
        var errors = cycle.violations();
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        return idempotency.once(exchange, caller, cycle, Cycle.class, () -> audit.recorded(caller,
                        cycles.insert(cycle, caller.username()),
                        created -> Change.created("CYCLE", created.code(), created.code(), null, created)))
                .onErrorMap(DuplicateKeyException.class,
                        duplicate -> ProblemException.conflict("年度代码已存在 / cycle " + cycle.code() + " exists", null));
    }
}
