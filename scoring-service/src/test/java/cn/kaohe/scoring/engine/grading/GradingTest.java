package cn.kaohe.scoring.engine.grading;

import static cn.kaohe.scoring.engine.fixtures.Gradings.grading;
import static cn.kaohe.scoring.engine.fixtures.Results.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.kaohe.scoring.engine.fixtures.MethodSpecs;
import cn.kaohe.scoring.engine.fixtures.ScenarioBuilder;
import cn.kaohe.scoring.engine.result.ExcellenceRoute;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.result.ScoredCycle;
import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.engine.scenario.TieBreaker;
import cn.kaohe.scoring.engine.scenario.VetoEffect;
import org.junit.jupiter.api.Test;

class GradingTest {

    private static Grade gradeOf(Result result, String unit) {
        return unit(result, unit).grade();
    }

    @Test
    void categorySlotGoesToTheFirstInCategory() {
        Result result = ScenarioBuilder.withDirectScores()
                .grading(grading().perCategory("ECO", "1").perCategory("URBAN", "1"))
                .unitScoring("A", "ECO", "95").unitScoring("B", "ECO", "90")
                .unitScoring("C", "URBAN", "70").unitScoring("D", "URBAN", "60")
                .score();

        assertEquals(Grade.EXCELLENT, gradeOf(result, "A"));
        assertEquals(Grade.GOOD, gradeOf(result, "B"));
        assertEquals(Grade.EXCELLENT, gradeOf(result, "C"), "without a minimum score the category's best is excellent");
    }

    @Test
    void tiesAtQuotaBoundaryShareTheSlot() {
        Result result = ScenarioBuilder.withDirectScores()
                .grading(grading().perCategory("ECO", "1"))
                .unitScoring("A", "ECO", "90").unitScoring("B", "ECO", "90").unitScoring("C", "ECO", "89")
                .score();

        assertEquals(Grade.EXCELLENT, gradeOf(result, "A"));
        assertEquals(Grade.EXCELLENT, gradeOf(result, "B"));
        assertEquals(Grade.GOOD, gradeOf(result, "C"));
    }

    @Test
    void aTieSettledByATieBreakerDoesNotShareTheSlot() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "100", MethodSpecs.completionRatio())
                .tieBreakers(TieBreaker.TARGET_SCORE)
                .grading(grading().perCategory("ECO", "1"))
                .unit("A", "ECO").fact("A", "GDP", "100", "90").social("A", "70")
                .unit("B", "ECO").fact("B", "GDP", "100", "85").social("B", "90")
                .score();

        assertEquals(Grade.EXCELLENT, gradeOf(result, "A"));
        assertEquals(Grade.GOOD, gradeOf(result, "B"));
    }

    @Test
    void excellentMinScoreBarsLowerScoresFromSlots() {
        Result result = ScenarioBuilder.withDirectScores()
                .grading(grading().perCategory("ECO", "1").minScore("85"))
                .unitScoring("A", "ECO", "84.996").unitScoring("B", "ECO", "84.994")
                .score();

        assertEquals(Grade.EXCELLENT, gradeOf(result, "A"), "84.996 shows 85.00");
        assertEquals(Grade.GOOD, gradeOf(result, "B"));
    }

    @Test
    void overallShareRoundsDown() {
        ScenarioBuilder nineUnits = ScenarioBuilder.withDirectScores().grading(grading().overallShare("0.2"));
        for (int i = 1; i <= 9; i++) {
            nineUnits.unitScoring("U" + i, "X", String.valueOf(100 - i));
        }

        Result result = nineUnits.score();

        assertEquals(1, result.units().stream().filter(u -> u.grade() == Grade.EXCELLENT).count(), "floor(0.2 × 9) = 1");
        assertEquals(Grade.EXCELLENT, gradeOf(result, "U1"));
    }

    @Test
    void overallShareGoesToUnitsNotYetExcellentInRankOrder() {
        ScoredCycle scored = ScenarioBuilder.withDirectScores()
                .grading(grading().perCategory("ECO", "1").overallShare("0.5").minScore("80"))
                .unitScoring("A", "ECO", "95").unitScoring("B", "ECO", "90")
                .unitScoring("C", "URBAN", "92").unitScoring("D", "URBAN", "70")
                .scoreAndExplain();

        assertEquals(ExcellenceRoute.CATEGORY_SLOT, scored.explanationOf("A").excellenceRoute());
        assertEquals(ExcellenceRoute.OVERALL_SHARE, scored.explanationOf("C").excellenceRoute());
        assertEquals(ExcellenceRoute.OVERALL_SHARE, scored.explanationOf("B").excellenceRoute(), "n = 2: C and B");
        assertEquals(Grade.GOOD, gradeOf(scored.result(), "D"), "URBAN has no category slot; D is below the minimum");
    }

    @Test
    void tiesAtOverallShareBoundaryShareTheLastSlot() {
        Result result = ScenarioBuilder.withDirectScores()
                .grading(grading().overallShare("0.25"))
                .unitScoring("A", "X", "90").unitScoring("B", "X", "90")
                .unitScoring("C", "X", "80").unitScoring("D", "X", "70")
                .score();

        assertEquals(Grade.EXCELLENT, gradeOf(result, "A"));
        assertEquals(Grade.EXCELLENT, gradeOf(result, "B"));
        assertEquals(Grade.GOOD, gradeOf(result, "C"));
    }

    @Test
    void thresholdsGiveGoodAverageAndPoorOnRoundedScores() {
        Result result = ScenarioBuilder.withDirectScores()
                .grading(grading().averageBelow("75").poorBelow("60"))
                .unitScoring("A", "X", "74.995").unitScoring("B", "X", "74.994")
                .unitScoring("C", "X", "60").unitScoring("D", "X", "59.99")
                .score();

        assertEquals(Grade.GOOD, gradeOf(result, "A"), "74.995 shows 75.00");
        assertEquals(Grade.AVERAGE, gradeOf(result, "B"));
        assertEquals(Grade.AVERAGE, gradeOf(result, "C"));
        assertEquals(Grade.POOR, gradeOf(result, "D"));
    }

    @Test
    void withoutGradingEveryUnitIsGood() {
        Result result = ScenarioBuilder.withDirectScores()
                .unitScoring("A", "X", "99").unitScoring("B", "X", "1")
                .score();

        assertEquals(Grade.GOOD, gradeOf(result, "A"));
        assertEquals(Grade.GOOD, gradeOf(result, "B"));
    }

    @Test
    void vetoedUnitCannotBeExcellent() {
        ScoredCycle scored = ScenarioBuilder.withDirectScores()
                .vetoRule("SAFETY", VetoEffect.NO_EXCELLENT, null)
                .grading(grading().perCategory("ECO", "1").overallShare("1"))
                .unitScoring("A", "ECO", "99").unitScoring("B", "ECO", "90")
                .veto("A", "SAFETY")
                .scoreAndExplain();

        assertEquals(Grade.GOOD, gradeOf(scored.result(), "A"));
        assertFalse(scored.explanationOf("A").excellenceEligible());
        assertEquals(Grade.EXCELLENT, gradeOf(scored.result(), "B"), "the slot passes to the next eligible unit");
    }

    @Test
    void maxGradeBelowExcellentBarsExcellenceAndCapsTheGrade() {
        Result result = ScenarioBuilder.withDirectScores()
                .vetoRule("INTEGRITY", VetoEffect.MAX_GRADE, Grade.AVERAGE)
                .grading(grading().perCategory("ECO", "1"))
                .unitScoring("A", "ECO", "99").unitScoring("B", "ECO", "90")
                .veto("A", "INTEGRITY")
                .score();

        assertEquals(Grade.AVERAGE, gradeOf(result, "A"));
        assertEquals(Grade.EXCELLENT, gradeOf(result, "B"));
    }

    @Test
    void maxGradeDoesNotRaiseAWorseGrade() {
        Result result = ScenarioBuilder.withDirectScores()
                .vetoRule("STABILITY", VetoEffect.MAX_GRADE, Grade.GOOD)
                .grading(grading().poorBelow("60"))
                .unitScoring("A", "X", "50")
                .veto("A", "STABILITY")
                .score();

        assertEquals(Grade.POOR, gradeOf(result, "A"));
    }

    @Test
    void maxGradeExcellentLeavesTheUnitEligible() {
        Result result = ScenarioBuilder.withDirectScores()
                .vetoRule("NOTICE", VetoEffect.MAX_GRADE, Grade.EXCELLENT)
                .grading(grading().perCategory("ECO", "1"))
                .unitScoring("A", "ECO", "99")
                .veto("A", "NOTICE")
                .score();

        assertEquals(Grade.EXCELLENT, gradeOf(result, "A"));
    }

    @Test
    void forceGradeSetsTheGrade() {
        Result result = ScenarioBuilder.withDirectScores()
                .vetoRule("FRAUD", VetoEffect.FORCE_GRADE, Grade.POOR)
                .vetoRule("REVIEWED", VetoEffect.FORCE_GRADE, Grade.AVERAGE)
                .grading(grading().poorBelow("60"))
                .unitScoring("A", "X", "99").unitScoring("B", "X", "10")
                .veto("A", "FRAUD").veto("B", "REVIEWED")
                .score();

        assertEquals(Grade.POOR, gradeOf(result, "A"));
        assertEquals(Grade.AVERAGE, gradeOf(result, "B"), "FORCE_GRADE sets the grade, also upwards");
    }

    @Test
    void forceGradeAloneDoesNotBarExcellenceSlots() {
        // The contract lists only NO_EXCELLENT and MAX_GRADE below EXCELLENT as barring excellence:
        // a FORCE_GRADE unit takes its slot and is then forced (see docs/scoring.md).
        ScoredCycle scored = ScenarioBuilder.withDirectScores()
                .vetoRule("FRAUD", VetoEffect.FORCE_GRADE, Grade.POOR)
                .grading(grading().perCategory("ECO", "1"))
                .unitScoring("A", "ECO", "99").unitScoring("B", "ECO", "90")
                .veto("A", "FRAUD")
                .scoreAndExplain();

        assertEquals(Grade.EXCELLENT, scored.explanationOf("A").gradeBeforeVetoes());
        assertEquals(Grade.POOR, gradeOf(scored.result(), "A"));
        assertEquals(Grade.GOOD, gradeOf(scored.result(), "B"));
    }

    @Test
    void maxGradeAndForceGradeCombinedWorstStands() {
        Result result = ScenarioBuilder.withDirectScores()
                .vetoRule("STABILITY", VetoEffect.MAX_GRADE, Grade.AVERAGE)
                .vetoRule("REVIEWED", VetoEffect.FORCE_GRADE, Grade.GOOD)
                .vetoRule("FRAUD", VetoEffect.FORCE_GRADE, Grade.POOR)
                .vetoRule("SAFETY", VetoEffect.NO_EXCELLENT, null)
                .unitScoring("A", "X", "99").unitScoring("B", "X", "99").unitScoring("C", "X", "99")
                .veto("A", "STABILITY").veto("A", "REVIEWED")
                .veto("B", "STABILITY").veto("B", "FRAUD")
                .veto("C", "SAFETY").veto("C", "REVIEWED")
                .score();

        assertEquals(Grade.AVERAGE, gradeOf(result, "A"), "cap AVERAGE beats forced GOOD");
        assertEquals(Grade.POOR, gradeOf(result, "B"), "forced POOR beats cap AVERAGE");
        assertEquals(Grade.GOOD, gradeOf(result, "C"), "NO_EXCELLENT changes no grade of its own");
    }

    @Test
    void categoryWithoutSlotsHasNoCategoryExcellence() {
        ScoredCycle scored = ScenarioBuilder.withDirectScores()
                .grading(grading().perCategory("ECO", "0"))
                .unitScoring("A", "ECO", "99")
                .scoreAndExplain();

        assertEquals(Grade.GOOD, gradeOf(scored.result(), "A"));
        assertNull(scored.explanationOf("A").excellenceRoute());
    }
}
