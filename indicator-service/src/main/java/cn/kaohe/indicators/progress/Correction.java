package cn.kaohe.indicators.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One correction of an approved report: the value it replaced, the new value, why, who and when. */
public record Correction(UUID id, UUID reportId, BigDecimal before, BigDecimal after, String reason,
                         String correctedBy, OffsetDateTime correctedAt) {
}
