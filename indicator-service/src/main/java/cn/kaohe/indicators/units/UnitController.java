package cn.kaohe.indicators.units;

import static cn.kaohe.indicators.ApiTexts.IDEMPOTENT;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.web.Paging;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
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

@RestController
@RequestMapping("/api/indicators/v1/units")
@Tag(name = "units", description = "被考核单位 Assessed units")
class UnitController {

    private final UnitRepository units;
    private final AuditLog audit;
    private final Idempotency idempotency;

    UnitController(UnitRepository units, AuditLog audit, Idempotency idempotency) {
        this.units = units;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    @GetMapping
    @Operation(summary = "列出单位 List units",
            description = "Roles: any authenticated user; unit reporters and leaders see only their own unit.")
    Mono<Paging.Page<Unit>> list(@RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size, Caller caller) {
        Paging paging = Paging.of(page, size);
        String only = caller.scopedUnit();
        return units.page(only, paging.offset(), paging.size()).collectList().zipWith(units.count(only), paging::of);
    }

    @GetMapping("/{code}")
    @Operation(summary = "查看单位 Get a unit",
            description = "Roles: any authenticated user; a unit-scoped user only its own unit (403 otherwise).")
    Mono<Unit> get(@PathVariable String code, Caller caller) {
        if (!caller.mayAccessUnit(code)) {
            return Mono.error(ProblemException.forbidden("只能查看本单位 / you may only see your own unit"));
        }
        return units.find(code).switchIfEmpty(Mono.error(() -> notFound(code)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "新建单位 Create a unit", description = "Roles: office. 409 when the code exists; 422 per field. "
            + IDEMPOTENT)
    Mono<Unit> create(@RequestBody UnitDraft unit, Caller caller, ServerWebExchange exchange) {
        return idempotency.once(exchange, caller, unit, Unit.class, () -> checked(unit, false)
                        .then(Mono.defer(() -> audit.recorded(caller, units.insert(unit),
                                created -> Change.created("UNIT", created.code(), null, created.code(), created)))))
                .onErrorMap(DuplicateKeyException.class,
                        duplicate -> ProblemException.conflict("单位代码已存在 / unit " + unit.code() + " exists", null));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "修改单位 Change a unit",
            description = "Roles: office. Send the version you read; a stale version is 409 with the current unit.")
    Mono<Unit> update(@PathVariable String code, @RequestBody UnitDraft unit, Caller caller) {
        UnitDraft named = new UnitDraft(code, unit.name(), unit.kind(), unit.parent(), unit.keycloakGroup(), unit.version());
        if (unit.code() != null && !unit.code().equals(code)) {
            return Mono.error(ProblemException.invalid("$.code", "immutable", "单位代码不可修改 / the code cannot change"));
        }
        return checked(named, true)
                .then(Mono.defer(() -> units.find(code)))
                .switchIfEmpty(Mono.error(() -> notFound(code)))
                .flatMap(before -> audit.recorded(caller, units.update(code, named),
                        after -> Change.of("UNIT", code, "CHANGED", null, code, before, after, null)))
                .switchIfEmpty(Mono.defer(() -> units.find(code).flatMap(current -> Mono.error(ProblemException.conflict(
                        "单位已被他人修改 / the unit was changed by someone else", current)))));
    }

    private Mono<Void> checked(UnitDraft unit, boolean updating) {
        List<FieldViolation> errors = new ArrayList<>(unit.violations());
        if (updating && unit.version() == null) {
            errors.add(new FieldViolation("$.version", "required", "修改须带版本号 / send the version you read"));
        }
        Mono<Boolean> parentKnown = unit.parent() == null ? Mono.just(true) : units.exists(unit.parent());
        return parentKnown.flatMap(known -> {
            if (!known) {
                errors.add(new FieldViolation("$.parent", "unknown-unit", "上级单位不存在 / unknown parent unit"));
            }
            return errors.isEmpty() ? Mono.<Void>empty() : Mono.error(ProblemException.invalid(errors));
        });
    }


    private static ProblemException notFound(String code) {
        return ProblemException.notFound("单位不存在 / no unit " + code);
    }
}
