package cn.kaohe.indicators.categories;

import static cn.kaohe.indicators.ApiTexts.IDEMPOTENT;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import cn.kaohe.indicators.cycles.Cycles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 分类考核: the categories of a cycle and which unit competes in which. */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}")
@Tag(name = "categories", description = "分类 Categories of a cycle")
class CategoryController {

    record Placement(String category) {
    }

    private final CategoryRepository categories;
    private final Cycles cycles;
    private final AuditLog audit;
    private final Idempotency idempotency;

    CategoryController(CategoryRepository categories, Cycles cycles, AuditLog audit, Idempotency idempotency) {
        this.categories = categories;
        this.cycles = cycles;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    @GetMapping("/categories")
    @Operation(summary = "列出分类 List a cycle's categories", description = "Roles: any authenticated user.")
    Mono<List<Category>> list(@PathVariable String cycle) {
        return categories.ofCycle(cycle).collectList();
    }

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "新建分类 Define a category", description = "Roles: office. 404 unknown cycle; 409 code exists. "
            + IDEMPOTENT)
    Mono<Category> create(@PathVariable String cycle, @RequestBody NewCategory category, Caller caller,
                          ServerWebExchange exchange) {
        List<FieldViolation> errors = category.violations();
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        return idempotency.once(exchange, caller, category, Category.class, () -> cycles.exists(cycle)
                        .flatMap(exists -> exists ? audit.recorded(caller, categories.insert(cycle, category),
                                        created -> Change.created("CATEGORY", cycle + "/" + created.code(), cycle, null,
                                                created))
                                : Mono.error(ProblemException.notFound("考核年度不存在 / no cycle " + cycle))))
                .onErrorMap(DuplicateKeyException.class, duplicate -> ProblemException.conflict(
                        "分类代码已存在 / category " + category.code() + " exists in " + cycle, null));
    }

    @GetMapping("/unit-categories")
    @Operation(summary = "单位分类 Which unit is in which category",
            description = "Roles: any authenticated user; unit reporters and leaders see their own unit only.")
    Mono<List<UnitCategory>> placements(@PathVariable String cycle, Caller caller) {
        String only = caller.scopedUnit();
        return categories.placements(cycle, only).collectList();
    }

    @PutMapping("/units/{unit}/category")
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "设定单位分类 Place a unit in a category for the cycle",
            description = "Roles: office. 422 when the unit or the category is unknown in this cycle.")
    Mono<UnitCategory> place(@PathVariable String cycle, @PathVariable String unit, @RequestBody Placement placement,
                             Caller caller) {
        if (placement.category() == null || placement.category().isBlank()) {
            return Mono.error(ProblemException.invalid("$.category", "required", "必填 / required"));
        }
        return audit.recorded(caller, categories.place(cycle, unit, placement.category()),
                        placed -> Change.of("UNIT_CATEGORY", cycle + "/" + unit, "PLACED", cycle, unit,
                                placed.before() == null ? null : new Placement(placed.before()), placed.placement(), null))
                .map(CategoryRepository.Placed::placement)
                .onErrorMap(DataIntegrityViolationException.class, unknown -> ProblemException.invalid(List.of(
                        new FieldViolation("$.category", "unknown-category-or-unit",
                                "该年度无此分类或无此单位 / unknown category " + placement.category()
                                        + " in cycle " + cycle + ", or unknown unit " + unit))));
    }
}
