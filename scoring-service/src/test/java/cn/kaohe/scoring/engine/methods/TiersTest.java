package cn.kaohe.scoring.engine.methods;

import static cn.kaohe.scoring.engine.fixtures.Num.d;
import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;

import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.scenario.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class TiersTest {
    /** [[0.8, 0.0], [1.0, 0.8], [1.2, 1.0]], as in the contract's example rulebook. */
    private final Tiers tiers = new Tiers(List.of(
            new Tiers.Breakpoint(d("0.8"), d("0.0")),
            new Tiers.Breakpoint(d("1.0"), d("0.8")),
            new Tiers.Breakpoint(d("1.2"), d("1.0"))));

    private IndicatorScore score(Direction direction, String target, String actual) {
        return tiers.score(Measurement.ofActual(direction, d("4"), d(target), d(actual)));
    }

    @Test
    void tiersInterpolateBetweenBreakpoints() {
        assertDecimal("1.6", score(Direction.HIGHER_BETTER, "100", "90").earned(), "c 0.9: share 0.4");
        assertDecimal("3.6", score(Direction.HIGHER_BETTER, "100", "110").earned(), "c 1.1: share 0.9");
    }

    @Test
    void completionAtABreakpointEarnsItsShare() {
        assertDecimal("0", score(Direction.HIGHER_BETTER, "100", "80").earned());
        assertDecimal("3.2", score(Direction.HIGHER_BETTER, "100", "100").earned());
    }

    @Test
    void completionBelowFirstBreakpointEarnsNothing() {
        assertDecimal("0", score(Direction.HIGHER_BETTER, "100", "79.99").earned());
    }

    @Test
    void completionFromLastBreakpointOnEarnsLastShare() {
        assertDecimal("4", score(Direction.HIGHER_BETTER, "100", "120").earned());
        assertDecimal("4", score(Direction.HIGHER_BETTER, "100", "500").earned());
    }

    @Test
    void infiniteCompletionEarnsLastShare() {
        IndicatorScore score = score(Direction.LOWER_BETTER, "2", "0");

        assertDecimal("4", score.earned());
        assertDecimal(null, score.completion().reported());
    }

    @Test
    void completionIsReported() {
        assertDecimal("0.9", score(Direction.HIGHER_BETTER, "100", "90").completion().reported());
    }

    @Test
    void interpolationIsExactToTheCent() {
        // c = 2/3: share 0.8 × (2/3 − 0.6) / 0.4 = 0.1333…, earned 0.5333… → 0.53
        Tiers fromSixty = new Tiers(List.of(new Tiers.Breakpoint(d("0.6"), d("0")), new Tiers.Breakpoint(d("1.0"), d("0.8"))));
        IndicatorScore score = fromSixty.score(Measurement.ofActual(Direction.HIGHER_BETTER, d("4"), d("3"), d("2")));

        assertDecimal("0.53", Decimals.roundScore(score.earned()));
    }
}
