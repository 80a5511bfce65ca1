package cn.kaohe.indicators.factrecords;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A fact the office recorded, as the API shows it; members that do not belong to its kind are left out
 * (a level has indicator and level, an adjustment rule, points and dedupeKey, a veto rule and
 * description).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactRecord(UUID id, String cycle, FactKind kind, String unit, String indicator, String level,
                         String rule, BigDecimal points, String dedupeKey, LocalDate date, String reason,
                         String description, FactStatus status, String withdrawalReason, String withdrawnBy,
                         OffsetDateTime withdrawnAt, String recordedBy, OffsetDateTime recordedAt, long version) {

    @JsonIgnore
    public boolean isActive() {
        return status == FactStatus.ACTIVE;
    }
}
