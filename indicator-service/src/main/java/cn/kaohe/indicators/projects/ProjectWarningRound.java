package cn.kaohe.indicators.projects;

import cn.kaohe.indicators.schedule.Colour;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One round of project warnings for a period, decided from the projects and their open warnings: a
 * project due and not started without an open warning gets one (yellow, red from three months late);
 * an open yellow whose project is now three months late turns red in place; an open warning whose
 * project has started (or is no longer due, after the plan moved) is closed (销号), marked recovered
 * when it had been red. Pure: the caller stores the outcome.
 */
public final class ProjectWarningRound {

    public record ToIssue(KeyProject project, ProjectPlan.StartCheck check) {
    }

    public record ToEscalate(ProjectWarning warning, ProjectPlan.StartCheck check) {
    }

    public record Outcome(List<ToIssue> issue, List<ToEscalate> escalate, List<ProjectWarning> close) {
    }

    private ProjectWarningRound() {
    }

    /** @param open the open warnings by project code */
    public static Outcome decide(List<KeyProject> projects, Map<String, ProjectWarning> open, String period) {
        List<ToIssue> issue = new ArrayList<>();
        List<ToEscalate> escalate = new ArrayList<>();
        List<ProjectWarning> close = new ArrayList<>();
        for (KeyProject project : projects) {
            ProjectPlan.StartCheck check = ProjectPlan.startCheck(project.plannedStart(), project.actualStart(), period);
            ProjectWarning current = open.get(project.code());
            if (check.status() == StartStatus.DUE_NOT_STARTED) {
                if (current == null) {
                    issue.add(new ToIssue(project, check));
                } else if (check.colour() == Colour.RED && !Colour.RED.name().equals(current.colour())) {
                    escalate.add(new ToEscalate(current, check));
                }
            } else if (current != null) {
                close.add(current);
            }
        }
        return new Outcome(issue, escalate, close);
    }
}
