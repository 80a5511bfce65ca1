package cn.kaohe.indicators.targets;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** One line of a unit's responsibility letter (目标责任书). {@code points} null: the rulebook's. */
public record Target(String cycle, String unit, String indicator, BigDecimal target, BigDecimal points,
                     String responsibleUnit, List<String> coUnits, long version, String updatedBy,
                     OffsetDateTime updatedAt) {
}
