package cn.kaohe.scoring.engine.methods;

import static cn.kaohe.scoring.engine.fixtures.Num.d;
import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.engine.scenario.Direction;
import org.junit.jupiter.api.Test;

class CompletionRatioTest {
    private final CompletionRatio capAt120FloorAt60 = new CompletionRatio(d("1.2"), d("0.6"));

    private static Measurement higherBetter(String points, String target, String actual) {
        return Measurement.ofActual(Direction.HIGHER_BETTER, d(points), d(target), d(actual));
    }

    private static Measurement lowerBetter(String points, String target, String actual) {
        return Measurement.ofActual(Direction.LOWER_BETTER, d(points), d(target), d(actual));
    }

    @Test
    void completionBetweenFloorAndCapEarnsItsShare() {
        IndicatorScore score = capAt120FloorAt60.score(higherBetter("10", "100", "110"));

        assertDecimal("11", score.earned());
        assertDecimal("1.1", score.completion().reported());
        assertFalse(score.missing());
    }

    @Test
    void completionAboveCapEarnsCappedShare() {
        IndicatorScore score = capAt120FloorAt60.score(higherBetter("10", "100", "130"));

        assertDecimal("12", score.earned());
        assertDecimal("1.3", score.completion().reported(), "the completion itself is reported uncapped");
    }

    @Test
    void completionBelowFloorEarnsNothing() {
        IndicatorScore score = capAt120FloorAt60.score(higherBetter("10", "100", "55"));

        assertDecimal("0", score.earned());
        assertDecimal("0.55", score.completion().reported());
    }

    @Test
    void completionExactlyAtFloorEarnsItsShare() {
        assertDecimal("6", capAt120FloorAt60.score(higherBetter("10", "100", "60")).earned());
    }

    @Test
    void defaultsCapAtFullPointsWithoutFloor() {
        CompletionRatio defaults = new CompletionRatio(d("1.0"), d("0.0"));

        assertDecimal("10", defaults.score(higherBetter("10", "100", "150")).earned());
        assertDecimal("0.5", defaults.score(higherBetter("10", "100", "5")).earned());
    }

    @Test
    void lowerBetterCompletionIsTargetOverActual() {
        IndicatorScore score = capAt120FloorAt60.score(lowerBetter("10", "3", "4"));

        assertDecimal("7.5", score.earned());
        assertDecimal("0.75", score.completion().reported());
    }

    @Test
    void lowerBetterWithZeroActualEarnsBestShareAndReportsNullCompletion() {
        IndicatorScore score = capAt120FloorAt60.score(lowerBetter("10", "3", "0"));

        assertDecimal("12", score.earned());
        assertInstanceOf(Completion.Infinite.class, score.completion());
        assertNull(score.completion().reported());
    }

    @Test
    void completionIsReportedHalfUpToFourDecimals() {
        IndicatorScore score = capAt120FloorAt60.score(higherBetter("10", "3", "2"));

        assertDecimal("0.6667", score.completion().reported());
        assertEquals(4, score.completion().reported().scale());
    }

    @Test
    void missingValueEarnsZeroAndIsMarkedMissing() {
        IndicatorScore score = capAt120FloorAt60.score(higherBetter("10", "100", null));

        assertTrue(score.missing());
        assertDecimal("0", score.earned());
        assertNull(score.completion());
    }
}
