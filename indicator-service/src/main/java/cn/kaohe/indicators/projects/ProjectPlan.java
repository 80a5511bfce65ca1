package cn.kaohe.indicators.projects;

import cn.kaohe.indicators.schedule.Colour;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rules of a key project against its plan (domain.md, "Progress rules": a project due to start
 * and not started is yellow; three months late, red). Pure: no HTTP, no SQL.
 */
public final class ProjectPlan {

    /** Months past the planned start from which a project not started is red. */
    public static final int RED_AFTER_MONTHS = 3;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The start check of one project in one period. */
    public record StartCheck(StartStatus status, int monthsLate, Colour colour) {
    }

    private ProjectPlan() {
    }

    /**
     * Started when the reported start month is in or before the period; otherwise due once the planned
     * start month has come, {@code monthsLate} counting from it (0 in the planned month itself).
     */
    public static StartCheck startCheck(String plannedStart, String actualStart, String period) {
        if (actualStart != null && actualStart.compareTo(period) <= 0) {
            return new StartCheck(StartStatus.STARTED, 0, null);
        }
        int late = Months.between(plannedStart, period);
        if (late < 0) {
            return new StartCheck(StartStatus.NOT_DUE, 0, null);
        }
        return new StartCheck(StartStatus.DUE_NOT_STARTED, late, late >= RED_AFTER_MONTHS ? Colour.RED : Colour.YELLOW);
    }

    /**
     * Share of the annual plan expected after {@code asOf}: linear over the months from the planned
     * start (January of the cycle's year for a project continuing from an earlier one) to December;
     * 0 before the start, 1 from December on.
     */
    public static BigDecimal expectedShare(String plannedStart, String asOf, int cycleYear) {
        String january = Months.of(cycleYear, 1);
        String from = plannedStart.compareTo(january) < 0 ? january : plannedStart;
        int done = Months.between(from, asOf) + 1;
        int total = Months.between(from, Months.of(cycleYear, 12)) + 1;
        if (done <= 0) {
            return BigDecimal.ZERO;
        }
        if (done >= total) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    }

    /** @param completedToAsOf the sum of the monthly investments reported up to and including {@code asOf} */
    public static ProjectStanding standing(KeyProject project, BigDecimal completedToAsOf, String asOf, int cycleYear) {
        BigDecimal completed = completedToAsOf == null ? BigDecimal.ZERO : completedToAsOf;
        BigDecimal completion = completed.divide(project.plannedInvestment(), MathContext.DECIMAL64);
        BigDecimal expected = expectedShare(project.plannedStart(), asOf, cycleYear);
        BigDecimal gap = completion.subtract(expected).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        StartCheck start = startCheck(project.plannedStart(), project.actualStart(), asOf);
        int overdue = (int) project.milestones().stream()
                .filter(milestone -> !milestone.done() && milestone.due().compareTo(asOf) <= 0).count();
        return new ProjectStanding(asOf, completed.stripTrailingZeros(), completion.setScale(4, RoundingMode.HALF_UP),
                expected.setScale(4, RoundingMode.HALF_UP), gap, start.status(), start.monthsLate(), start.colour(),
                overdue);
    }
}
