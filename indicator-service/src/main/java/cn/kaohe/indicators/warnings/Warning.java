package cn.kaohe.indicators.warnings;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** 预警 as the API shows it. */
public record Warning(UUID id, String cycle, String unit, String indicator, String period, String colour,
                      BigDecimal gap, List<String> recipients, WarningStatus status, String measures,
                      String acknowledgedBy, OffsetDateTime acknowledgedAt, String escalatedPeriod, String closedPeriod,
                      OffsetDateTime closedAt, boolean recovered, String issuedBy, OffsetDateTime issuedAt,
                      long version) {

    public boolean isAddressedTo(String unitCode) {
        return unit.equals(unitCode) || recipients.contains(unitCode);
    }
}
