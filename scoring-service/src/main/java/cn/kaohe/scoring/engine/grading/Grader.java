package cn.kaohe.scoring.engine.grading;

import cn.kaohe.scoring.engine.ranking.Standing;
import cn.kaohe.scoring.engine.result.ExcellenceRoute;
import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.engine.scenario.Grading;
import cn.kaohe.scoring.engine.scenario.VetoRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades (等次) in the contract's order: veto eligibility, category slots, overall share, score
 * thresholds, then grade vetoes. Every comparison uses the rounded final score.
 */
public final class Grader {
    private static final Grading NO_GRADING = new Grading(null, null, null, null, null);

    private final Grading grading;

    /** @param grading null: no quota and no threshold, so every unit is GOOD before vetoes */
    public Grader(Grading grading) {
        this.grading = grading == null ? NO_GRADING : grading;
    }

    /**
     * @param standings    every unit, in {@code rankOverall} order
     * @param vetoesByUnit the veto rules each unit incurred (absent: none)
     * @return the decision for each unit code
     */
    public Map<String, GradeDecision> grade(List<Standing> standings, Map<String, List<VetoRule>> vetoesByUnit) {
        List<Standing> candidates = new ArrayList<>();
        Map<String, Boolean> eligible = new HashMap<>();
        for (Standing standing : standings) {
            boolean isEligible = VetoEffects.eligibleForExcellence(vetoesOf(standing, vetoesByUnit));
            eligible.put(standing.unit(), isEligible);
            if (isEligible && reachesExcellentMinScore(standing)) {
                candidates.add(standing);
            }
        }
        Map<String, ExcellenceRoute> excellent = new HashMap<>();
        awardCategorySlots(candidates, excellent);
        awardOverallShare(candidates, standings.size(), excellent);

        Map<String, GradeDecision> decisions = new LinkedHashMap<>();
        for (Standing standing : standings) {
            ExcellenceRoute route = excellent.get(standing.unit());
            Grade beforeVetoes = route != null ? Grade.EXCELLENT : byThresholds(standing.entry().finalScore());
            Grade grade = VetoEffects.applyTo(beforeVetoes, vetoesOf(standing, vetoesByUnit));
            decisions.put(standing.unit(), new GradeDecision(grade, beforeVetoes, eligible.get(standing.unit()), route));
        }
        return decisions;
    }

    /** In each category with k slots, the first k candidates by rank in category, plus ties. */
    private void awardCategorySlots(List<Standing> candidates, Map<String, ExcellenceRoute> excellent) {
        if (grading.excellentPerCategory() == null) {
            return;
        }
        Map<String, List<Standing>> byCategory = new LinkedHashMap<>();
        for (Standing candidate : candidates) {
            byCategory.computeIfAbsent(candidate.category(), category -> new ArrayList<>()).add(candidate);
        }
        byCategory.forEach((category, inCategoryOrder) -> {
            int slots = slotsOf(grading.excellentPerCategory().get(category));
            for (Standing winner : Quota.firstWithTies(inCategoryOrder, slots, Standing::rankInCategory)) {
                excellent.put(winner.unit(), ExcellenceRoute.CATEGORY_SLOT);
            }
        });
    }

    /** n = floor(share × number of units) among candidates not yet EXCELLENT, by overall rank, plus ties. */
    private void awardOverallShare(List<Standing> candidates, int unitCount, Map<String, ExcellenceRoute> excellent) {
        if (grading.excellentOverallShare() == null) {
            return;
        }
        int slots = slotsOf(grading.excellentOverallShare().multiply(BigDecimal.valueOf(unitCount)));
        List<Standing> remaining = candidates.stream().filter(c -> !excellent.containsKey(c.unit())).toList();
        for (Standing winner : Quota.firstWithTies(remaining, slots, Standing::rankOverall)) {
            excellent.put(winner.unit(), ExcellenceRoute.OVERALL_SHARE);
        }
    }

    private boolean reachesExcellentMinScore(Standing standing) {
        BigDecimal minimum = grading.excellentMinScore();
        return minimum == null || standing.entry().finalScore().compareTo(minimum) >= 0;
    }

    private Grade byThresholds(BigDecimal roundedFinal) {
        if (grading.poorBelow() != null && roundedFinal.compareTo(grading.poorBelow()) < 0) {
            return Grade.POOR;
        }
        if (grading.averageBelow() != null && roundedFinal.compareTo(grading.averageBelow()) < 0) {
            return Grade.AVERAGE;
        }
        return Grade.GOOD;
    }

    private static List<VetoRule> vetoesOf(Standing standing, Map<String, List<VetoRule>> vetoesByUnit) {
        return vetoesByUnit.getOrDefault(standing.unit(), List.of());
    }

    /** Whole slots, rounding a fractional count down; no entry means no slot. */
    private static int slotsOf(BigDecimal count) {
        if (count == null) {
            return 0;
        }
        BigDecimal whole = count.setScale(0, RoundingMode.FLOOR);
        return whole.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
    }
}
