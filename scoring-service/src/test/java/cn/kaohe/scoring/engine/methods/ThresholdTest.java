package cn.kaohe.scoring.engine.methods;

import static cn.kaohe.scoring.engine.fixtures.Num.d;
import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.engine.scenario.Direction;
import org.junit.jupiter.api.Test;

class ThresholdTest {
    private final Threshold onePointPerUnit = new Threshold(d("1"));

    private static Measurement measure(Direction direction, String line, String actual) {
        return Measurement.ofActual(direction, d("5"), d(line), d(actual));
    }

    @Test
    void lowerBetterLineIsMetAtOrBelowIt() {
        assertDecimal("5", onePointPerUnit.score(measure(Direction.LOWER_BETTER, "2", "1")).earned());
        assertDecimal("5", onePointPerUnit.score(measure(Direction.LOWER_BETTER, "2", "2")).earned());
        assertDecimal("5", onePointPerUnit.score(measure(Direction.LOWER_BETTER, "0", "0")).earned());
    }

    @Test
    void higherBetterLineIsMetAtOrAboveIt() {
        assertDecimal("5", onePointPerUnit.score(measure(Direction.HIGHER_BETTER, "90", "90")).earned());
        assertDecimal("4", onePointPerUnit.score(measure(Direction.HIGHER_BETTER, "90", "89")).earned());
    }

    @Test
    void thresholdMissedDeductsPerUnitButNotBelowZero() {
        assertDecimal("3", onePointPerUnit.score(measure(Direction.LOWER_BETTER, "2", "4")).earned());
        assertDecimal("2.5", onePointPerUnit.score(measure(Direction.LOWER_BETTER, "2", "4.5")).earned());
        assertDecimal("0", onePointPerUnit.score(measure(Direction.LOWER_BETTER, "2", "12")).earned());
    }

    @Test
    void thresholdMissedWithoutDeductionPerUnitEarnsNothing() {
        assertDecimal("0", new Threshold(null).score(measure(Direction.LOWER_BETTER, "2", "2.01")).earned());
    }

    @Test
    void thresholdReportsNoCompletion() {
        assertNull(onePointPerUnit.score(measure(Direction.LOWER_BETTER, "2", "1")).completion());
    }

    @Test
    void missingValueEarnsZeroAndIsMarkedMissing() {
        assertTrue(onePointPerUnit.score(measure(Direction.LOWER_BETTER, "2", null)).missing());
    }
}
