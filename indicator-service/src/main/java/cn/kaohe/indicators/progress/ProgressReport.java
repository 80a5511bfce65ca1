package cn.kaohe.indicators.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A unit's cumulative actual for one indicator and period, with where it stands in the workflow. */
public record ProgressReport(UUID id, String cycle, String unit, String indicator, String period, BigDecimal actual,
                             String comment, ReportStatus status, String returnComment, long version,
                             String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
}
