package cn.kaohe.scoring.engine.methods;

import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.rankProportional;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.rankTable;
import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;
import static cn.kaohe.scoring.engine.fixtures.Results.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.engine.fixtures.MethodSpecs;
import cn.kaohe.scoring.engine.fixtures.ScenarioBuilder;
import cn.kaohe.scoring.engine.result.IndicatorResult;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.scenario.Direction;
import cn.kaohe.scoring.engine.scenario.MethodSpec;
import cn.kaohe.scoring.engine.scenario.PeerGroup;
import org.junit.jupiter.api.Test;

class RankTest {

    /** Four units with the RNK values of the worked example: C 70, A 50, B 50, D 10. */
    private static Result scoreWorkedExampleValues(Direction direction, MethodSpec method) {
        return ScenarioBuilder.scenario()
                .indicator("RNK", "6", direction, method)
                .unit("A", "ECO").unit("B", "ECO").unit("C", "URBAN").unit("D", "URBAN")
                .fact("A", "RNK", null, "50").fact("B", "RNK", null, "50")
                .fact("C", "RNK", null, "70").fact("D", "RNK", null, "10")
                .score();
    }

    private static void assertRankAndEarned(Result result, String unit, int rank, String earned) {
        IndicatorResult rnk = indicator(result, unit, "RNK");
        assertEquals(rank, rnk.rank(), unit + " rank");
        assertDecimal(earned, rnk.earned(), unit + " earned");
    }

    @Test
    void rankTableEqualValuesShareBetterRank() {
        Result result = scoreWorkedExampleValues(Direction.HIGHER_BETTER, rankTable(PeerGroup.ALL, "4", "6", "5.5", "5"));

        assertRankAndEarned(result, "C", 1, "6");
        assertRankAndEarned(result, "A", 2, "5.5");
        assertRankAndEarned(result, "B", 2, "5.5");
        assertRankAndEarned(result, "D", 4, "4");
    }

    @Test
    void rankTableGivesRestBeyondTheTableDefaultingToZero() {
        Result result = scoreWorkedExampleValues(Direction.HIGHER_BETTER, rankTable(PeerGroup.ALL, null, "6", "5.5"));

        assertRankAndEarned(result, "D", 4, "0");
    }

    @Test
    void rankTableLowerBetterRanksSmallestFirst() {
        Result result = scoreWorkedExampleValues(Direction.LOWER_BETTER, rankTable(PeerGroup.ALL, "4", "6", "5.5", "5"));

        assertRankAndEarned(result, "D", 1, "6");
        assertRankAndEarned(result, "A", 2, "5.5");
        assertRankAndEarned(result, "B", 2, "5.5");
        assertRankAndEarned(result, "C", 4, "4");
    }

    @Test
    void rankStep() {
        Result result = scoreWorkedExampleValues(Direction.HIGHER_BETTER, MethodSpecs.rankStep(PeerGroup.ALL, "0.5"));

        assertRankAndEarned(result, "C", 1, "6");
        assertRankAndEarned(result, "A", 2, "5.5");
        assertRankAndEarned(result, "D", 4, "4.5");
    }

    @Test
    void rankStepNeverFallsBelowZero() {
        Result result = scoreWorkedExampleValues(Direction.HIGHER_BETTER, MethodSpecs.rankStep(PeerGroup.ALL, "2.5"));

        assertRankAndEarned(result, "D", 4, "0");
    }

    @Test
    void rankProportionalHigherBetter() {
        Result result = scoreWorkedExampleValues(Direction.HIGHER_BETTER, rankProportional(PeerGroup.ALL));

        assertRankAndEarned(result, "C", 1, "6");
        assertRankAndEarned(result, "A", 2, "4.29"); // 6 × 50 / 70
        assertRankAndEarned(result, "D", 4, "0.86"); // 6 × 10 / 70
    }

    @Test
    void rankProportionalHigherBetterGivesNothingForNonPositiveValues() {
        Result result = ScenarioBuilder.scenario()
                .indicator("RNK", "6", rankProportional(PeerGroup.ALL))
                .unit("A", "X").unit("B", "X").unit("C", "X")
                .fact("A", "RNK", null, "-5").fact("B", "RNK", null, "0").fact("C", "RNK", null, "-1")
                .score();

        assertRankAndEarned(result, "B", 1, "0");
        assertRankAndEarned(result, "C", 2, "0");
        assertRankAndEarned(result, "A", 3, "0");
    }

    @Test
    void rankProportionalLowerBetter() {
        Result result = scoreWorkedExampleValues(Direction.LOWER_BETTER, rankProportional(PeerGroup.ALL));

        assertRankAndEarned(result, "D", 1, "6");
        assertRankAndEarned(result, "A", 2, "1.2"); // 6 × 10 / 50
        assertRankAndEarned(result, "C", 4, "0.86"); // 6 × 10 / 70
    }

    @Test
    void rankProportionalLowerBetterGivesFullPointsForNonPositiveValues() {
        Result result = ScenarioBuilder.scenario()
                .indicator("RNK", "6", Direction.LOWER_BETTER, rankProportional(PeerGroup.ALL))
                .unit("A", "X").unit("B", "X")
                .fact("A", "RNK", null, "0").fact("B", "RNK", null, "3")
                .score();

        assertRankAndEarned(result, "A", 1, "6");
        assertRankAndEarned(result, "B", 2, "0"); // 6 × 0 / 3
    }

    @Test
    void rankPeerGroupCategory() {
        Result result = scoreWorkedExampleValues(Direction.HIGHER_BETTER, rankTable(PeerGroup.CATEGORY, "4", "6", "5.5", "5"));

        assertRankAndEarned(result, "A", 1, "6");
        assertRankAndEarned(result, "B", 1, "6");
        assertRankAndEarned(result, "C", 1, "6");
        assertRankAndEarned(result, "D", 2, "5.5");
    }

    @Test
    void unitsWithoutValueAreMissingAndOutsideThePeerGroup() {
        Result result = ScenarioBuilder.scenario()
                .indicator("RNK", "6", rankTable(PeerGroup.ALL, "4", "6", "5.5", "5"))
                .unit("A", "X").unit("B", "X").unit("C", "X")
                .assign("A", "RNK", null).fact("B", "RNK", null, "10").fact("C", "RNK", null, "5")
                .score();

        IndicatorResult missing = indicator(result, "A", "RNK");
        assertTrue(missing.missing());
        assertNull(missing.rank());
        assertDecimal("0", missing.earned());
        assertRankAndEarned(result, "B", 1, "6");
        assertRankAndEarned(result, "C", 2, "5.5");
    }

    @Test
    void rankUsesTheAssignmentsPoints() {
        Result result = ScenarioBuilder.scenario()
                .indicator("RNK", "6", MethodSpecs.rankStep(PeerGroup.ALL, "1"))
                .unit("A", "X").unit("B", "X")
                .assign("A", "RNK", null, "10").value("A", "RNK", "1")
                .fact("B", "RNK", null, "2")
                .score();

        assertRankAndEarned(result, "A", 2, "9");
        assertDecimal("10", indicator(result, "A", "RNK").points());
        assertRankAndEarned(result, "B", 1, "6");
    }
}
