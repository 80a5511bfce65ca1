package cn.kaohe.indicators.projects;

import cn.kaohe.indicators.warnings.WarningStatus;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 项目预警 "due but not started", addressed to the project's unit. */
public record ProjectWarning(UUID id, String cycle, String project, String unit, String period, String colour,
                             int monthsLate, WarningStatus status, String measures, String acknowledgedBy,
                             OffsetDateTime acknowledgedAt, String escalatedPeriod, String closedPeriod,
                             OffsetDateTime closedAt, boolean recovered, String issuedBy, OffsetDateTime issuedAt,
                             long version) {
}
