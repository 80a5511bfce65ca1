package cn.kaohe.indicators.projects;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import cn.kaohe.indicators.warnings.Acknowledgement;
import cn.kaohe.indicators.warnings.WarningStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * 项目预警: issued by the office's warning round ({@code POST …/warnings/rounds}) beside the indicator
 * warnings; the unit acknowledges with measures; closed once the project has started.
 */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}/project-warnings")
@Tag(name = "warnings", description = "预警 Warnings")
class ProjectWarningController {

    private final ProjectWarningRepository warnings;
    private final AuditLog audit;

    ProjectWarningController(ProjectWarningRepository warnings, AuditLog audit) {
        this.warnings = warnings;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "项目预警列表 Project warnings of a cycle (due but not started)",
            description = "Roles: any authenticated user; unit users see their own unit's. Newest first.")
    Mono<List<ProjectWarning>> list(@PathVariable String cycle, @RequestParam(required = false) WarningStatus status,
                                    Caller caller) {
        return warnings.list(cycle, status == null ? null : status.name(), caller.scopedUnit()).collectList();
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "反馈整改措施 Acknowledge a project warning with measures",
            description = "Roles: the project unit's leader or reporter, or the office. `{\"measures\": \"…\", "
                    + "\"version\": 0}`; 409 with the current warning when already acknowledged, closed or stale.")
    Mono<ProjectWarning> acknowledge(@PathVariable String cycle, @PathVariable UUID id,
                                     @RequestBody Acknowledgement body, Caller caller) {
        List<FieldViolation> errors = body.violations();
        if (!errors.isEmpty()) {
            return Mono.error(ProblemException.invalid(errors));
        }
        return warnings.find(cycle, id)
                .filter(warning -> caller.mayAccessUnit(warning.unit()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此预警 / no warning " + id)))
                .flatMap(warning -> {
                    if (!Acknowledgement.mayAcknowledge(caller)) {
                        return Mono.error(ProblemException.forbidden("当前角色不能反馈整改 / your role may not acknowledge"));
                    }
                    return audit.recorded(caller,
                                    warnings.acknowledge(warning, body.version(), body.measures(), caller.username()),
                                    after -> Change.of(ProjectWarnings.ENTITY, id.toString(), "ACKNOWLEDGED", cycle,
                                            warning.unit(), warning, after, body.measures()))
                            .switchIfEmpty(Mono.defer(() -> warnings.find(cycle, id).flatMap(current -> Mono.error(
                                    ProblemException.conflict("预警状态已变 / the warning has moved on", current)))));
                });
    }
}
