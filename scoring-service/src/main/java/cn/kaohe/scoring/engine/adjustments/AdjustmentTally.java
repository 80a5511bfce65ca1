package cn.kaohe.scoring.engine.adjustments;

import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.result.AppliedAdjustment;
import cn.kaohe.scoring.engine.scenario.AdjustmentFact;
import cn.kaohe.scoring.engine.scenario.AdjustmentRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums one unit's adjustment facts per rule: facts sharing a dedupe key (the same commendation
 * document) count once, at their largest points; facts without a key each count; the rule's sum
 * is clipped to its cap.
 */
public final class AdjustmentTally {
    private AdjustmentTally() {
    }

    /**
     * @param rulesInOrder every adjustment rule of the rulebook, in rulebook order
     * @param unitFacts    the unit's facts (their rules are among {@code rulesInOrder})
     * @return one entry per rule the unit has facts for, in rulebook order
     */
    public static List<AppliedAdjustment> tally(List<AdjustmentRule> rulesInOrder, List<AdjustmentFact> unitFacts) {
        if (unitFacts.isEmpty()) {
            return List.of();
        }
        Map<String, List<AdjustmentFact>> factsByRule = new HashMap<>();
        for (AdjustmentFact fact : unitFacts) {
            factsByRule.computeIfAbsent(fact.rule(), rule -> new ArrayList<>()).add(fact);
        }
        List<AppliedAdjustment> applied = new ArrayList<>();
        for (AdjustmentRule rule : rulesInOrder) {
            List<AdjustmentFact> facts = factsByRule.get(rule.code());
            if (facts != null) {
                applied.add(tallyRule(rule, facts));
            }
        }
        return applied;
    }

    private static AppliedAdjustment tallyRule(AdjustmentRule rule, List<AdjustmentFact> facts) {
        List<BigDecimal> counted = countedPoints(facts);
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AppliedAdjustment(rule.code(), rule.kind(), facts.size(), counted.size(), sum,
                Decimals.capAt(sum, rule.cap()));
    }

    private static List<BigDecimal> countedPoints(List<AdjustmentFact> facts) {
        List<BigDecimal> unkeyed = new ArrayList<>();
        Map<String, BigDecimal> largestByKey = new LinkedHashMap<>();
        for (AdjustmentFact fact : facts) {
            // A blank key (an empty form field) is no key: the fact counts on its own.
            if (fact.dedupeKey() == null || fact.dedupeKey().isBlank()) {
                unkeyed.add(fact.points());
            } else {
                largestByKey.merge(fact.dedupeKey(), fact.points(), Decimals::max);
            }
        }
        List<BigDecimal> counted = new ArrayList<>(unkeyed);
        counted.addAll(largestByKey.values());
        return counted;
    }
}
