package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;
import java.util.List;

/** 实施细则: the rules of one cycle. Absent caps mean "no cap"; absent lists are empty. */
public record Rulebook(
        String cycle,
        Weights weights,
        List<IndicatorRule> indicators,
        List<AdjustmentRule> adjustmentRules,
        BigDecimal totalBonusCap,
        BigDecimal totalDeductionCap,
        List<VetoRule> vetoRules,
        Grading grading,
        List<TieBreaker> tieBreakers) {

    public Rulebook {
        indicators = Lists.orEmpty(indicators);
        adjustmentRules = Lists.orEmpty(adjustmentRules);
        vetoRules = Lists.orEmpty(vetoRules);
        tieBreakers = Lists.orEmpty(tieBreakers);
    }
}
