package cn.kaohe.indicators.warnings;

import cn.kaohe.indicators.schedule.Colour;
import cn.kaohe.indicators.schedule.ScheduleLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One round of warnings for a period, decided from the schedule table and the open warnings: a
 * yellow or red line without an open warning gets one; an open yellow warning whose line has turned
 * red is escalated to red (so that a later recovery shows as one); an open warning whose line is
 * green again is closed (销号), marked recovered when it had been red. Pure: the caller stores the
 * outcome.
 */
public final class WarningRound {

    public record ToIssue(ScheduleLine line, List<String> recipients) {
    }

    public record ToEscalate(OpenWarning warning, ScheduleLine line) {
    }

    public record Outcome(List<ToIssue> issue, List<ToEscalate> escalate, List<OpenWarning> close) {
    }

    private WarningRound() {
    }

    /** @param open the open warnings by "unit/indicator" */
    public static Outcome decide(List<ScheduleLine> lines, Map<String, OpenWarning> open) {
        List<ToIssue> issue = new ArrayList<>();
        List<ToEscalate> escalate = new ArrayList<>();
        List<OpenWarning> close = new ArrayList<>();
        for (ScheduleLine line : lines) {
            OpenWarning current = open.get(key(line.unit(), line.indicator()));
            boolean behind = line.colour() == Colour.YELLOW || line.colour() == Colour.RED;
            if (behind && current == null) {
                LinkedHashSet<String> recipients = new LinkedHashSet<>();
                recipients.add(line.responsibleUnit() == null ? line.unit() : line.responsibleUnit());
                if (line.coUnits() != null) {
                    recipients.addAll(line.coUnits());
                }
                issue.add(new ToIssue(line, List.copyOf(recipients)));
            } else if (line.colour() == Colour.RED && current != null && !Colour.RED.name().equals(current.colour())) {
                escalate.add(new ToEscalate(current, line));
            } else if (line.colour() == Colour.GREEN && current != null) {
                close.add(current);
            }
        }
        return new Outcome(issue, escalate, close);
    }

    public static String key(String unit, String indicator) {
        return unit + "/" + indicator;
    }
}
