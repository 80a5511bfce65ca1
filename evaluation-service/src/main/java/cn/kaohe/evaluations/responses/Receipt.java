package cn.kaohe.evaluations.responses;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a respondent gets back for a stored response. */
public record Receipt(UUID id, String unit, OffsetDateTime submittedAt) {
}
