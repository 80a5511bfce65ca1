package cn.kaohe.scoring.engine;

import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.basePlusStep;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.completionRatio;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.qualitative;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.threshold;
import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;
import static cn.kaohe.scoring.engine.fixtures.Results.indicator;
import static cn.kaohe.scoring.engine.fixtures.Results.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.engine.fixtures.ScenarioBuilder;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.result.ScoredCycle;
import cn.kaohe.scoring.engine.result.UnitResult;
import cn.kaohe.scoring.engine.scenario.Direction;
import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.engine.scenario.VetoEffect;
import cn.kaohe.scoring.engine.validation.ViolationCodes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Target score, social score, weights and final score, through the whole engine. */
class ScoringEngineTest {

    @Test
    void targetScoreIsHundredTimesEarnedOverPoints() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .indicator("IND", "8", basePlusStep("0.8", "0.5", null))
                .unit("A", "ECO")
                .fact("A", "GDP", "100", "90")
                .fact("A", "IND", "6", "5")
                .score();

        // 100 × (9 + 5.9) / 18 = 82.777… → 82.78
        assertDecimal("82.78", unit(result, "A").targetScore());
    }

    @Test
    void assignmentPointsOverrideIndicatorPoints() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .indicator("EDU", "10", completionRatio())
                .unit("A", "ECO")
                .assign("A", "GDP", "100", "30").value("A", "GDP", "50")
                .fact("A", "EDU", "100", "100")
                .score();

        assertDecimal("30", indicator(result, "A", "GDP").points());
        assertDecimal("15", indicator(result, "A", "GDP").earned());
        assertDecimal("62.5", unit(result, "A").targetScore(), "100 × (15 + 10) / 40");
    }

    @Test
    void missingValueEarnsZeroAndIsMarkedMissing() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .indicator("PTY", "10", qualitative("A", "1.0", "B", "0.8"))
                .unit("A", "ECO")
                .assign("A", "GDP", "100")
                .assign("A", "PTY", null).level("A", "PTY", "B")
                .score();

        assertTrue(indicator(result, "A", "GDP").missing());
        assertDecimal("0", indicator(result, "A", "GDP").earned());
        assertDecimal(null, indicator(result, "A", "GDP").completion());
        assertFalse(indicator(result, "A", "PTY").missing());
        assertDecimal("40", unit(result, "A").targetScore(), "the missing indicator's points still count");
    }

    @Test
    void unitWithoutAssignmentsHasTargetScoreZero() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .unit("A", "ECO").fact("A", "GDP", "100", "100")
                .unit("B", "ECO")
                .social("B", "90")
                .score();

        UnitResult idle = unit(result, "B");
        assertDecimal("0", idle.targetScore());
        assertEquals(List.of(), idle.indicators());
        assertDecimal("18", idle.finalScore(), "0.2 × 90");
    }

    @Test
    void socialMissingCountsZero() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .unit("A", "ECO").fact("A", "GDP", "100", "100")
                .score();

        UnitResult a = unit(result, "A");
        assertTrue(a.socialMissing());
        assertDecimal("0", a.socialScore());
        assertDecimal("80", a.finalScore());
    }

    @Test
    void categoryWeightsOverrideDefault() {
        Result result = ScenarioBuilder.scenario()
                .weights("0.8", "0.2")
                .categoryWeights("URBAN", "0.85", "0.15")
                .indicator("GDP", "10", completionRatio())
                .unit("A", "ECO").fact("A", "GDP", "100", "100").social("A", "50")
                .unit("C", "URBAN").fact("C", "GDP", "100", "100").social("C", "50")
                .score();

        assertDecimal("90", unit(result, "A").finalScore(), "0.8 × 100 + 0.2 × 50");
        assertDecimal("92.5", unit(result, "C").finalScore(), "0.85 × 100 + 0.15 × 50");
    }

    @Test
    void finalIsWeightedScoresPlusBonusMinusDeduction() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .bonusRule("COMMENDATION", null)
                .deductionRule("CRITICISM", null)
                .unit("A", "ECO").fact("A", "GDP", "100", "91.25").social("A", "88.5")
                .adjust("A", "COMMENDATION", "1.5")
                .adjust("A", "CRITICISM", "0.25")
                .score();

        UnitResult a = unit(result, "A");
        assertDecimal("91.25", a.targetScore());
        assertDecimal("1.5", a.bonus());
        assertDecimal("0.25", a.deduction());
        assertDecimal("91.95", a.finalScore(), "0.8 × 91.25 + 0.2 × 88.5 + 1.5 − 0.25");
    }

    @Test
    void finalScoreUsesTheUnroundedTargetScore() {
        ScoredCycle scored = ScenarioBuilder.scenario()
                .weights("0.5", "0.5")
                .indicator("GDP", "3", completionRatio())
                .unit("A", "ECO").fact("A", "GDP", "3", "2").social("A", "0")
                .scoreAndExplain();

        // target 66.666…: 0.5 × 66.666… = 33.333… → 33.33 (the rounded 66.67 would give 33.335 → 33.34)
        assertDecimal("66.67", unit(scored.result(), "A").targetScore());
        assertDecimal("33.33", unit(scored.result(), "A").finalScore());
        assertTrue(scored.explanationOf("A").targetScore().scale() > 2);
    }

    @Test
    void finalScoreMayBeNegative() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .deductionRule("FALSIFICATION", null)
                .unit("A", "ECO").fact("A", "GDP", "100", "0")
                .adjust("A", "FALSIFICATION", "3")
                .score();

        assertDecimal("-3", unit(result, "A").finalScore());
    }

    @Test
    void scoresAreReportedHalfUpToTwoDecimals() {
        Result result = ScenarioBuilder.scenario()
                .weights("1", "0")
                .indicator("GDP", "100", completionRatio("2", null))
                .unit("A", "ECO").fact("A", "GDP", "1000", "900.05")
                .score();

        assertDecimal("90.01", indicator(result, "A", "GDP").earned(), "100 × 0.90005 = 90.005 rounds half up");
        assertDecimal("0.9001", indicator(result, "A", "GDP").completion(), "0.90005 rounds half up");
        assertEquals(2, unit(result, "A").finalScore().scale());
        assertDecimal("90.01", unit(result, "A").finalScore());
    }

    @Test
    void indicatorsAreListedInRulebookOrder() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .indicator("ACC", "5", Direction.LOWER_BETTER, threshold("1"))
                .indicator("IND", "8", basePlusStep("0.8", "0.5", null))
                .unit("A", "ECO")
                .fact("A", "IND", "6", "6")
                .fact("A", "ACC", "2", "1")
                .fact("A", "GDP", "100", "100")
                .score();

        assertEquals(List.of("GDP", "ACC", "IND"),
                unit(result, "A").indicators().stream().map(i -> i.indicator()).toList());
    }

    @Test
    void vetoesAreListedOnceInRulebookOrder() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .vetoRule("SAFETY", VetoEffect.NO_EXCELLENT, null)
                .vetoRule("INTEGRITY", VetoEffect.MAX_GRADE, Grade.AVERAGE)
                .unit("A", "ECO").fact("A", "GDP", "100", "100")
                .veto("A", "INTEGRITY").veto("A", "SAFETY").veto("A", "INTEGRITY")
                .score();

        assertEquals(List.of("SAFETY", "INTEGRITY"), unit(result, "A").vetoes());
    }

    @Test
    void scenarioWithoutUnitsScoresToAnEmptyResult() {
        Result result = ScenarioBuilder.scenario().indicator("GDP", "10", completionRatio()).score();

        assertEquals(List.of(), result.units());
    }

    @Test
    void resultNamesTheCycle() {
        Result result = ScenarioBuilder.scenario().cycle("2025").unit("A", "ECO").score();

        assertEquals("2025", result.cycle());
    }

    @Test
    void invalidScenarioIsRejectedWithEveryViolation() {
        var invalid = ScenarioBuilder.scenario()
                .weights("0.8", "0.3")
                .indicator("GDP", "10", completionRatio())
                .unit("A", "ECO")
                .assign("A", "GDP", "0")
                .value("B", "GDP", "1")
                .build();

        InvalidScenarioException thrown = assertThrows(InvalidScenarioException.class,
                () -> new ScoringEngine().score(invalid));

        assertEquals(List.of(ViolationCodes.WEIGHTS_MUST_SUM_TO_ONE, ViolationCodes.MUST_BE_POSITIVE,
                        ViolationCodes.UNKNOWN_UNIT),
                thrown.violations().stream().map(v -> v.code()).toList());
    }
}
