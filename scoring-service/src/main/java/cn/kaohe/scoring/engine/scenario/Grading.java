package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;
import java.util.Map;

/** Excellence quotas and grade thresholds; every field may be absent (no quota, no threshold). */
public record Grading(
        Map<String, BigDecimal> excellentPerCategory,
        BigDecimal excellentOverallShare,
        BigDecimal excellentMinScore,
        BigDecimal averageBelow,
        BigDecimal poorBelow) {

    public Grading {
        excellentPerCategory = Lists.copyOrNull(excellentPerCategory);
    }
}
