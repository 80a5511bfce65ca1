package cn.kaohe.scoring.engine.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract's result together with how each unit's figures came about (for a breakdown view).
 *
 * @param explanations by unit code, in the result's unit order
 */
public record ScoredCycle(Result result, Map<String, UnitExplanation> explanations) {

    public ScoredCycle {
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
    }

    public UnitExplanation explanationOf(String unit) {
        return explanations.get(unit);
    }
}
