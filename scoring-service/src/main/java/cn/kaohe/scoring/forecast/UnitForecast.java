package cn.kaohe.scoring.forecast;

import cn.kaohe.scoring.engine.scenario.Grade;
import java.math.BigDecimal;
import java.util.List;

/** One unit's standing now and at year end at its current pace, what would lift it, who is close. */
public record UnitForecast(String unit, String category, BigDecimal currentFinal, int currentRank,
                           BigDecimal projectedFinal, int projectedRankOverall, int projectedRankInCategory,
                           Grade projectedGrade, List<EffortGain> bestEfforts, RankRisk.Neighbours rankRisk) {
}
