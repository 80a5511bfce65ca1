package cn.kaohe.scoring.engine.adjustments;

import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.completionRatio;
import static cn.kaohe.scoring.engine.fixtures.Num.d;
import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;
import static cn.kaohe.scoring.engine.fixtures.Results.indicator;
import static cn.kaohe.scoring.engine.fixtures.Results.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.engine.fixtures.ScenarioBuilder;
import cn.kaohe.scoring.engine.result.AppliedAdjustment;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.result.ScoredCycle;
import cn.kaohe.scoring.engine.scenario.BonusBasis;
import cn.kaohe.scoring.engine.scenario.Direction;
import cn.kaohe.scoring.engine.scenario.OverachievementBonus;
import org.junit.jupiter.api.Test;

class AdjustmentsTest {

    /** One unit A (ECO) with one fully completed indicator, and the contract's two adjustment rules. */
    private static ScenarioBuilder unitWithRules() {
        return ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .bonusRule("COMMENDATION", "5")
                .deductionRule("CRITICISM", "3")
                .unit("A", "ECO")
                .fact("A", "GDP", "100", "100");
    }

    @Test
    void dedupeKeepsTheLargest() {
        Result result = unitWithRules()
                .adjust("A", "COMMENDATION", "1.5", "doc1")
                .adjust("A", "COMMENDATION", "2", "doc1")
                .adjust("A", "COMMENDATION", "0.5", "doc1")
                .score();

        assertDecimal("2", unit(result, "A").bonus());
    }

    @Test
    void factsWithoutKeyEachCount() {
        Result result = unitWithRules()
                .adjust("A", "CRITICISM", "1")
                .adjust("A", "CRITICISM", "1")
                .score();

        assertDecimal("2", unit(result, "A").deduction());
    }

    @Test
    void blankKeysAreNoKeys() {
        Result result = unitWithRules()
                .adjust("A", "COMMENDATION", "1", "")
                .adjust("A", "COMMENDATION", "1", " ")
                .score();

        assertDecimal("2", unit(result, "A").bonus());
    }

    @Test
    void differentKeysEachCountOnce() {
        Result result = unitWithRules()
                .adjust("A", "COMMENDATION", "2", "doc1")
                .adjust("A", "COMMENDATION", "1.5", "doc1")
                .adjust("A", "COMMENDATION", "1", "doc2")
                .adjust("A", "COMMENDATION", "0.25")
                .score();

        assertDecimal("3.25", unit(result, "A").bonus());
    }

    @Test
    void sameKeyUnderAnotherUnitCountsForThatUnitToo() {
        Result result = unitWithRules()
                .unit("B", "ECO").fact("B", "GDP", "100", "100")
                .adjust("A", "COMMENDATION", "2", "province-2024-7")
                .adjust("B", "COMMENDATION", "2", "province-2024-7")
                .score();

        assertDecimal("2", unit(result, "A").bonus());
        assertDecimal("2", unit(result, "B").bonus());
    }

    @Test
    void ruleCapClipsRuleSum() {
        ScoredCycle scored = unitWithRules()
                .adjust("A", "CRITICISM", "2")
                .adjust("A", "CRITICISM", "2")
                .scoreAndExplain();

        assertDecimal("3", unit(scored.result(), "A").deduction());
        AppliedAdjustment criticism = scored.explanationOf("A").adjustments().getFirst();
        assertDecimal("4", criticism.sum());
        assertDecimal("3", criticism.counted());
        assertTrue(criticism.capped());
    }

    @Test
    void ruleWithoutCapIsNotClipped() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .bonusRule("INNOVATION", null)
                .unit("A", "ECO").fact("A", "GDP", "100", "100")
                .adjust("A", "INNOVATION", "4").adjust("A", "INNOVATION", "4")
                .score();

        assertDecimal("8", unit(result, "A").bonus());
    }

    @Test
    void totalBonusCapIncludesOverachievement() {
        Result result = ScenarioBuilder.scenario()
                .indicatorWithBonus("GDP", "10", Direction.HIGHER_BETTER, completionRatio("1.2", "0.6"),
                        new OverachievementBonus(BonusBasis.RATIO, d("0.5"), d("3")))
                .bonusRule("COMMENDATION", "5")
                .totalBonusCap("5")
                .unit("A", "ECO").fact("A", "GDP", "100", "110")
                .adjust("A", "COMMENDATION", "3")
                .score();

        assertDecimal("3", indicator(result, "A", "GDP").bonus(), "over 10 points × 0.5, capped at 3");
        assertDecimal("5", unit(result, "A").bonus(), "3 commendation + 3 overachievement, total cap 5");
    }

    @Test
    void totalDeductionCapClipsAllDeductions() {
        Result result = unitWithRules()
                .deductionRule("VIOLATION", null)
                .totalDeductionCap("4")
                .adjust("A", "CRITICISM", "3")
                .adjust("A", "VIOLATION", "2.5")
                .score();

        assertDecimal("4", unit(result, "A").deduction());
    }

    @Test
    void overachievementRatioBasisCountsPercentagePointsOverTarget() {
        Result result = ScenarioBuilder.scenario()
                .indicatorWithBonus("GDP", "10", Direction.HIGHER_BETTER, completionRatio("1.2", null),
                        new OverachievementBonus(null, d("0.2"), d("3")))
                .unit("A", "ECO").fact("A", "GDP", "100", "104")
                .score();

        assertDecimal("0.8", indicator(result, "A", "GDP").bonus(), "basis defaults to RATIO: 4 points × 0.2");
    }

    @Test
    void overachievementDifferenceBasisCountsTheDifference() {
        Result result = ScenarioBuilder.scenario()
                .indicatorWithBonus("ACC", "5", Direction.LOWER_BETTER, completionRatio(),
                        new OverachievementBonus(BonusBasis.DIFFERENCE, d("0.5"), d("2")))
                .unit("A", "ECO").fact("A", "ACC", "4", "1")
                .unit("B", "ECO").fact("B", "ACC", "4", "3.5")
                .score();

        assertDecimal("1.5", indicator(result, "A", "ACC").bonus(), "d = 4 − 1 = 3, × 0.5");
        assertDecimal("0.25", indicator(result, "B", "ACC").bonus());
    }

    @Test
    void noOverachievementGivesNoBonus() {
        Result result = ScenarioBuilder.scenario()
                .indicatorWithBonus("GDP", "10", Direction.HIGHER_BETTER, completionRatio(),
                        new OverachievementBonus(BonusBasis.RATIO, d("0.5"), d("3")))
                .unit("A", "ECO").fact("A", "GDP", "100", "100")
                .unit("B", "ECO").fact("B", "GDP", "100", "90")
                .unit("C", "ECO").assign("C", "GDP", "100")
                .score();

        assertDecimal("0", indicator(result, "A", "GDP").bonus());
        assertDecimal("0", indicator(result, "B", "GDP").bonus());
        assertDecimal("0", indicator(result, "C", "GDP").bonus(), "a missing value gives no bonus");
    }

    @Test
    void infiniteCompletionGivesTheBonusCap() {
        Result result = ScenarioBuilder.scenario()
                .indicatorWithBonus("ACC", "5", Direction.LOWER_BETTER, completionRatio(),
                        new OverachievementBonus(BonusBasis.RATIO, d("0.1"), d("2")))
                .unit("A", "ECO").fact("A", "ACC", "3", "0")
                .score();

        assertDecimal("2", indicator(result, "A", "ACC").bonus());
        assertDecimal(null, indicator(result, "A", "ACC").completion());
    }

    @Test
    void adjustmentsAreExplainedInRulebookOrder() {
        ScoredCycle scored = unitWithRules()
                .adjust("A", "CRITICISM", "1")
                .adjust("A", "COMMENDATION", "2", "doc1")
                .adjust("A", "COMMENDATION", "2", "doc1")
                .scoreAndExplain();

        var adjustments = scored.explanationOf("A").adjustments();
        assertEquals("COMMENDATION", adjustments.get(0).rule());
        assertEquals(2, adjustments.get(0).factsGiven());
        assertEquals(1, adjustments.get(0).factsCounted());
        assertEquals("CRITICISM", adjustments.get(1).rule());
    }
}
