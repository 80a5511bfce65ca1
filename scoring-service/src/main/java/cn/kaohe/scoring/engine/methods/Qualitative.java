package cn.kaohe.scoring.engine.methods;

import java.math.BigDecimal;
import java.util.Map;

/** QUALITATIVE (定性评价): earned = P × the share of the unit's level. */
public record Qualitative(Map<String, BigDecimal> levels) implements IndividualMethod {

    public Qualitative {
        levels = Map.copyOf(levels);
    }

    @Override
    public IndicatorScore score(Measurement m) {
        if (m.level() == null) {
            return IndicatorScore.notReported();
        }
        BigDecimal share = levels.get(m.level());
        if (share == null) {
            throw new IllegalArgumentException("level '" + m.level() + "' is not one of " + levels.keySet());
        }
        return IndicatorScore.earned(m.points().multiply(share));
    }
}
