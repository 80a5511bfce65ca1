package cn.kaohe.scoring.engine.result;

import cn.kaohe.scoring.engine.scenario.Grade;
import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's result, exactly the contract's fields. Scores are rounded half-up to 2 decimals.
 *
 * @param vetoes        codes of the veto rules the unit incurred, in rulebook order
 * @param socialMissing the unit had no social score, so 0 was counted
 * @param indicators    one per assignment, in rulebook order
 */
public record UnitResult(
        String unit,
        String category,
        BigDecimal targetScore,
        BigDecimal socialScore,
        BigDecimal bonus,
        BigDecimal deduction,
        BigDecimal finalScore,
        int rankOverall,
        int rankInCategory,
        Grade grade,
        List<String> vetoes,
        boolean socialMissing,
        List<IndicatorResult> indicators) {

    public UnitResult {
        vetoes = List.copyOf(vetoes);
        indicators = List.copyOf(indicators);
    }
}
