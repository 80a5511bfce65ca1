package cn.kaohe.indicators.projects;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 重点项目 as the API shows it: the office's plan (annual planned investment in 万元, planned start
 * month, milestones) and what the unit reported of it (actual start month, milestones done).
 */
public record KeyProject(String cycle, String code, String unit, String name, BigDecimal plannedInvestment,
                         String plannedStart, String actualStart, List<Milestone> milestones, long version,
                         String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
}
