package cn.kaohe.scoring.results;

import cn.kaohe.scoring.engine.result.UnitResult;
import cn.kaohe.scoring.engine.scenario.Grade;
import java.math.BigDecimal;
import java.util.List;

/** One line of the ranking table (公示表): a unit's result without its indicators. */
public record UnitStanding(String unit, String name, String category, BigDecimal targetScore, BigDecimal socialScore,
                           BigDecimal bonus, BigDecimal deduction, BigDecimal finalScore, int rankOverall,
                           int rankInCategory, Grade grade, List<String> vetoes, boolean socialMissing) {

    public static UnitStanding of(UnitResult result, String name) {
        return new UnitStanding(result.unit(), name, result.category(), result.targetScore(), result.socialScore(),
                result.bonus(), result.deduction(), result.finalScore(), result.rankOverall(),
                result.rankInCategory(), result.grade(), result.vetoes(), result.socialMissing());
    }
}
