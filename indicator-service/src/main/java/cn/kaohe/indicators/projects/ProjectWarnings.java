package cn.kaohe.indicators.projects;

import cn.kaohe.indicators.audit.Change;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The project warnings as other features use them: the office's monthly warning round runs
 * {@link #round} beside the indicator warnings; exports read {@link #list}.
 */
@Component
public class ProjectWarnings {

    /** What one round did to the project warnings; {@code before}: the replaced state of those it changed. */
    public record RoundResult(List<ProjectWarning> issued, List<ProjectWarning> escalated, List<ProjectWarning> closed,
                              @JsonIgnore Map<UUID, ProjectWarning> before) {
    }

    static final String ENTITY = "PROJECT_WARNING";

    private final ProjectRepository projects;
    private final ProjectWarningRepository warnings;

    ProjectWarnings(ProjectRepository projects, ProjectWarningRepository warnings) {
        this.projects = projects;
        this.warnings = warnings;
    }

    public Mono<RoundResult> round(String cycle, String period, String author) {
        Mono<Map<String, ProjectWarning>> open = warnings.open(cycle)
                .collect(Collectors.toMap(ProjectWarning::project, warning -> warning));
        return Mono.zip(projects.all(cycle).collectList(), open).flatMap(state -> {
            ProjectWarningRound.Outcome outcome = ProjectWarningRound.decide(state.getT1(), state.getT2(), period);
            Mono<List<ProjectWarning>> issued = Flux.fromIterable(outcome.issue())
                    .concatMap(next -> warnings.issue(period, next.project(), next.check(), author)).collectList();
            Mono<List<ProjectWarning>> escalated = Flux.fromIterable(outcome.escalate())
                    .concatMap(up -> warnings.escalate(up.warning(), up.check(), period)).collectList();
            Mono<List<ProjectWarning>> closed = Flux.fromIterable(outcome.close())
                    .concatMap(warning -> warnings.close(warning, period)).collectList();
            Map<UUID, ProjectWarning> before = new HashMap<>();
            outcome.escalate().forEach(up -> before.put(up.warning().id(), up.warning()));
            outcome.close().forEach(warning -> before.put(warning.id(), warning));
            // In order: the round's statements share its transaction and so its connection.
            return issued.flatMap(i -> escalated.flatMap(e -> closed.map(c -> new RoundResult(i, e, c, before))));
        });
    }

    /** The audit entries of what a round did (the round records them with the indicator warnings). */
    public static List<Change> changes(String cycle, RoundResult result) {
        List<Change> changes = new ArrayList<>();
        result.issued().forEach(warning -> changes.add(Change.of(ENTITY, warning.id().toString(), "ISSUED", cycle,
                warning.unit(), null, warning, null)));
        result.escalated().forEach(warning -> changes.add(Change.of(ENTITY, warning.id().toString(), "ESCALATED",
                cycle, warning.unit(), result.before() == null ? null : result.before().get(warning.id()), warning, null)));
        result.closed().forEach(warning -> changes.add(Change.of(ENTITY, warning.id().toString(), "CLOSED", cycle,
                warning.unit(), result.before() == null ? null : result.before().get(warning.id()), warning, null)));
        return changes;
    }

    /** @param unit one unit's warnings, or every unit's when null */
    public Flux<ProjectWarning> list(String cycle, String status, String unit) {
        return warnings.list(cycle, status, unit);
    }
}
