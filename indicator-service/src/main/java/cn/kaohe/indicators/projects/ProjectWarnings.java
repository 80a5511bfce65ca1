package cn.kaohe.indicators.projects;

import java.util.List;
import java.util.Map;
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

    /** What one round did to the project warnings. */
    public record RoundResult(List<ProjectWarning> issued, List<ProjectWarning> escalated, List<ProjectWarning> closed) {
    }

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
            return Mono.zip(issued, escalated, closed).map(done -> new RoundResult(done.getT1(), done.getT2(),
                    done.getT3()));
        });
    }

    /** @param unit one unit's warnings, or every unit's when null */
    public Flux<ProjectWarning> list(String cycle, String status, String unit) {
        return warnings.list(cycle, status, unit);
    }
}
