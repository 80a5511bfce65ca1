package cn.kaohe.indicators.schedule;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A cycle's warning thresholds as the API shows them. Version 0 with no author: the defaults, never
 * changed for this cycle.
 */
public record CycleThresholds(String cycle, BigDecimal redBelowGap, BigDecimal controlYellowShare, long version,
                              String updatedBy, OffsetDateTime updatedAt) {

    static CycleThresholds defaults(String cycle) {
        Thresholds defaults = Thresholds.defaults();
        return new CycleThresholds(cycle, defaults.redBelowGap(), defaults.controlYellowShare(), 0, null, null);
    }

    Thresholds rules() {
        return new Thresholds(redBelowGap, controlYellowShare);
    }
}
