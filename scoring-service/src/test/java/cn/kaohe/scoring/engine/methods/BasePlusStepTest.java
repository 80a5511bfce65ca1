package cn.kaohe.scoring.engine.methods;

import static cn.kaohe.scoring.engine.fixtures.Num.d;
import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.engine.scenario.Direction;
import org.junit.jupiter.api.Test;

class BasePlusStepTest {
    private final BasePlusStep base80Step05Cap120 = new BasePlusStep(d("0.8"), d("0.5"), d("1.2"));

    private static Measurement measure(Direction direction, String target, String actual) {
        return Measurement.ofActual(direction, d("8"), d(target), d(actual));
    }

    @Test
    void earnsBaseShareAtTarget() {
        assertDecimal("6.4", base80Step05Cap120.score(measure(Direction.HIGHER_BETTER, "6", "6")).earned());
    }

    @Test
    void eachUnitAboveTargetAddsStepPoints() {
        IndicatorScore score = base80Step05Cap120.score(measure(Direction.HIGHER_BETTER, "6", "7"));

        assertDecimal("6.9", score.earned());
        assertNull(score.completion(), "BASE_PLUS_STEP reports no completion");
    }

    @Test
    void eachUnitBelowTargetTakesStepPoints() {
        assertDecimal("5.4", base80Step05Cap120.score(measure(Direction.HIGHER_BETTER, "6", "4")).earned());
    }

    @Test
    void earnedIsCappedAtCapShareOfPoints() {
        assertDecimal("9.6", base80Step05Cap120.score(measure(Direction.HIGHER_BETTER, "6", "20")).earned());
    }

    @Test
    void earnedNeverFallsBelowZero() {
        assertDecimal("0", base80Step05Cap120.score(measure(Direction.HIGHER_BETTER, "6", "-20")).earned());
    }

    @Test
    void lowerBetterDifferenceIsTargetMinusActual() {
        assertDecimal("7.4", base80Step05Cap120.score(measure(Direction.LOWER_BETTER, "6", "4")).earned());
        assertDecimal("5.4", base80Step05Cap120.score(measure(Direction.LOWER_BETTER, "6", "8")).earned());
    }

    @Test
    void defaultCapShareIsFullPoints() {
        BasePlusStep defaultCap = new BasePlusStep(d("0.8"), d("0.5"), d("1.0"));

        assertDecimal("8", defaultCap.score(measure(Direction.HIGHER_BETTER, "6", "20")).earned());
    }

    @Test
    void missingValueEarnsZeroAndIsMarkedMissing() {
        assertTrue(base80Step05Cap120.score(measure(Direction.HIGHER_BETTER, "6", null)).missing());
    }
}
