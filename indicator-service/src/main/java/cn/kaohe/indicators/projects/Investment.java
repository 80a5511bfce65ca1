package cn.kaohe.indicators.projects;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The investment a project completed in one month (万元, that month alone, not cumulative). */
public record Investment(String period, BigDecimal amount, long version, String reportedBy, OffsetDateTime reportedAt) {
}
