package cn.kaohe.scoring.engine.ranking;

import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.completionRatio;
import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;
import static cn.kaohe.scoring.engine.fixtures.Results.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.engine.fixtures.ScenarioBuilder;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.result.UnitResult;
import cn.kaohe.scoring.engine.scenario.TieBreaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static List<String> order(Result result) {
        return result.units().stream().map(UnitResult::unit).toList();
    }

    private static List<Integer> overallRanks(Result result) {
        return result.units().stream().map(UnitResult::rankOverall).toList();
    }

    @Test
    void equalScoresShareTheBetterRank() {
        Result result = ScenarioBuilder.withDirectScores()
                .unitScoring("A", "X", "80").unitScoring("B", "X", "90")
                .unitScoring("C", "X", "70").unitScoring("D", "X", "80")
                .score();

        assertEquals(List.of("B", "A", "D", "C"), order(result));
        assertEquals(List.of(1, 2, 2, 4), overallRanks(result));
    }

    @Test
    void roundedScoresDecideTies() {
        Result result = ScenarioBuilder.withDirectScores()
                .unitScoring("A", "X", "79.996")
                .unitScoring("B", "X", "80.004")
                .unitScoring("C", "X", "80.005")
                .score();

        assertDecimal("80.01", unit(result, "C").finalScore());
        assertEquals(1, unit(result, "C").rankOverall());
        assertEquals(2, unit(result, "A").rankOverall(), "79.996 and 80.004 both show 80.00");
        assertEquals(2, unit(result, "B").rankOverall());
        assertEquals(List.of("C", "A", "B"), order(result), "ties are listed by unit code");
    }

    /** A: target 90, social 70; B: target 85, social 90; both final 86 with weights 0.8 / 0.2. */
    private static ScenarioBuilder twoUnitsWithEqualFinals() {
        return ScenarioBuilder.scenario()
                .indicator("GDP", "100", completionRatio())
                .unit("A", "X").fact("A", "GDP", "100", "90").social("A", "70")
                .unit("B", "X").fact("B", "GDP", "100", "85").social("B", "90");
    }

    @Test
    void tieBreakersOrderEqualFinals() {
        Result byTarget = twoUnitsWithEqualFinals().tieBreakers(TieBreaker.TARGET_SCORE, TieBreaker.SOCIAL_SCORE).score();
        Result bySocial = twoUnitsWithEqualFinals().tieBreakers(TieBreaker.SOCIAL_SCORE).score();

        assertDecimal("86", unit(byTarget, "A").finalScore());
        assertDecimal("86", unit(byTarget, "B").finalScore());
        assertEquals(List.of("A", "B"), order(byTarget));
        assertEquals(List.of(1, 2), overallRanks(byTarget));
        assertEquals(List.of("B", "A"), order(bySocial));
        assertEquals(List.of(1, 2), overallRanks(bySocial));
    }

    @Test
    void withoutTieBreakersEqualFinalsShareTheRank() {
        Result result = twoUnitsWithEqualFinals().score();

        assertEquals(List.of(1, 1), overallRanks(result));
    }

    @Test
    void laterTieBreakerDecidesWhenEarlierOnesAreEqual() {
        Result result = ScenarioBuilder.scenario()
                .indicator("GDP", "100", completionRatio())
                .bonusRule("COMMENDATION", null)
                .unit("A", "X").fact("A", "GDP", "100", "90").social("A", "70")
                .unit("B", "X").fact("B", "GDP", "100", "90").social("B", "60").adjust("B", "COMMENDATION", "2")
                .tieBreakers(TieBreaker.TARGET_SCORE, TieBreaker.SOCIAL_SCORE)
                .score();

        assertEquals(List.of("A", "B"), order(result));
        assertEquals(List.of(1, 2), overallRanks(result));
    }

    @Test
    void rankInCategoryRanksWithinTheUnitsCategory() {
        Result result = ScenarioBuilder.withDirectScores()
                .unitScoring("A", "ECO", "90").unitScoring("B", "URBAN", "95")
                .unitScoring("C", "ECO", "85").unitScoring("D", "URBAN", "95")
                .unitScoring("E", "ECO", "90")
                .score();

        assertEquals(1, unit(result, "A").rankInCategory());
        assertEquals(1, unit(result, "E").rankInCategory());
        assertEquals(3, unit(result, "C").rankInCategory());
        assertEquals(1, unit(result, "B").rankInCategory());
        assertEquals(1, unit(result, "D").rankInCategory());
        assertEquals(3, unit(result, "A").rankOverall());
        assertEquals(5, unit(result, "C").rankOverall());
    }
}
