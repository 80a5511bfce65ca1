package cn.kaohe.indicators.projects;

import cn.kaohe.indicators.schedule.Colour;
import java.math.BigDecimal;

/**
 * A project against its plan as of a month: investment completed up to it, completion of the annual
 * plan, the share of the plan expected by then (linear from the planned start month, or January for a
 * project continuing from an earlier year, to December), the gap in percentage points, the start
 * check and the milestones due by then and not done.
 *
 * @param startWarning YELLOW when due and not started, RED from three months late, null otherwise
 */
public record ProjectStanding(String asOf, BigDecimal completedInvestment, BigDecimal completion,
                              BigDecimal expectedShare, BigDecimal gap, StartStatus startStatus, int monthsLate,
                              Colour startWarning, int overdueMilestones) {
}
