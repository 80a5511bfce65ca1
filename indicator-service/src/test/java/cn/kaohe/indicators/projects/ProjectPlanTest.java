package cn.kaohe.indicators.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.indicators.schedule.Colour;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectPlanTest {

    private static KeyProject project(String plannedStart, String actualStart, Milestone... milestones) {
        return new KeyProject("2024", "P1", "HANYIN", "园区道路", new BigDecimal("1200"), plannedStart, actualStart,
                List.of(milestones), 0, "office", null, "office", null);
    }

    @Test
    void aProjectNotYetDueHasNoWarning() {
        assertThat(ProjectPlan.startCheck("2024-05", null, "2024-04"))
                .isEqualTo(new ProjectPlan.StartCheck(StartStatus.NOT_DUE, 0, null));
    }

    @Test
    void dueInItsPlannedMonthAndNotStartedIsYellow() {
        assertThat(ProjectPlan.startCheck("2024-05", null, "2024-05"))
                .isEqualTo(new ProjectPlan.StartCheck(StartStatus.DUE_NOT_STARTED, 0, Colour.YELLOW));
        assertThat(ProjectPlan.startCheck("2024-05", null, "2024-07").colour()).isEqualTo(Colour.YELLOW);
    }

    @Test
    void threeMonthsLateIsRed() {
        assertThat(ProjectPlan.startCheck("2024-05", null, "2024-08"))
                .isEqualTo(new ProjectPlan.StartCheck(StartStatus.DUE_NOT_STARTED, 3, Colour.RED));
        assertThat(ProjectPlan.startCheck("2023-11", null, "2024-02").colour()).isEqualTo(Colour.RED);
    }

    @Test
    void aStartReportedAfterThePeriodStillCountsAsNotStartedThen() {
        assertThat(ProjectPlan.startCheck("2024-03", "2024-06", "2024-05").status()).isEqualTo(StartStatus.DUE_NOT_STARTED);
        assertThat(ProjectPlan.startCheck("2024-03", "2024-06", "2024-06").status()).isEqualTo(StartStatus.STARTED);
    }

    @Test
    void expectedShareRunsLinearlyFromThePlannedStartToDecember() {
        assertThat(ProjectPlan.expectedShare("2024-03", "2024-02", 2024)).isEqualByComparingTo("0");
        assertThat(ProjectPlan.expectedShare("2024-03", "2024-03", 2024)).isEqualByComparingTo("0.1");
        assertThat(ProjectPlan.expectedShare("2024-03", "2024-07", 2024)).isEqualByComparingTo("0.5");
        assertThat(ProjectPlan.expectedShare("2024-03", "2024-12", 2024)).isEqualByComparingTo("1");
        // a project continued from last year runs over the whole cycle year
        assertThat(ProjectPlan.expectedShare("2023-06", "2024-06", 2024)).isEqualByComparingTo("0.5");
    }

    @Test
    void standingComparesCompletedInvestmentWithThePlanAndCountsOverdueMilestones() {
        KeyProject project = project("2024-03", "2024-03", new Milestone("开工", "2024-03", true),
                new Milestone("主体完工", "2024-06", false), new Milestone("竣工", "2024-11", false));

        ProjectStanding standing = ProjectPlan.standing(project, new BigDecimal("540"), "2024-07", 2024);

        assertThat(standing.completion()).isEqualByComparingTo("0.4500");
        assertThat(standing.expectedShare()).isEqualByComparingTo("0.5000");
        assertThat(standing.gap()).isEqualByComparingTo("-5.00");
        assertThat(standing.startStatus()).isEqualTo(StartStatus.STARTED);
        assertThat(standing.startWarning()).isNull();
        assertThat(standing.overdueMilestones()).isEqualTo(1);
    }

    @Test
    void roundIssuesEscalatesAndClosesProjectWarnings() {
        KeyProject dueNow = project("2024-06", null);
        KeyProject late = new KeyProject("2024", "P2", "SHIQUAN", "x", BigDecimal.TEN, "2024-03", null, List.of(), 0,
                null, null, null, null);
        KeyProject started = new KeyProject("2024", "P3", "SHIQUAN", "y", BigDecimal.TEN, "2024-03", "2024-05", List.of(),
                0, null, null, null, null);
        ProjectWarning yellowOfP2 = warning("P2", "YELLOW");
        ProjectWarning redOfP3 = warning("P3", "RED");

        ProjectWarningRound.Outcome outcome = ProjectWarningRound.decide(List.of(dueNow, late, started),
                Map.of("P2", yellowOfP2, "P3", redOfP3), "2024-06");

        assertThat(outcome.issue()).extracting(issue -> issue.project().code()).containsExactly("P1");
        assertThat(outcome.issue().get(0).check().colour()).isEqualTo(Colour.YELLOW);
        assertThat(outcome.escalate()).extracting(up -> up.warning().project()).containsExactly("P2");
        assertThat(outcome.close()).containsExactly(redOfP3);
    }

    @Test
    void aSecondRoundOfTheSameMonthChangesNothing() {
        KeyProject late = project("2024-01", null);
        ProjectWarning red = warning("P1", "RED");

        ProjectWarningRound.Outcome outcome = ProjectWarningRound.decide(List.of(late), Map.of("P1", red), "2024-06");

        assertThat(outcome.issue()).isEmpty();
        assertThat(outcome.escalate()).isEmpty();
        assertThat(outcome.close()).isEmpty();
    }

    private static ProjectWarning warning(String project, String colour) {
        return new ProjectWarning(java.util.UUID.randomUUID(), "2024", project, "SHIQUAN", "2024-04", colour, 1,
                cn.kaohe.indicators.warnings.WarningStatus.ISSUED, null, null, null, null, null, null, false, "office",
                null, 0);
    }
}
