package cn.kaohe.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.engine.fixtures.ScenarioGenerator;
import cn.kaohe.scoring.engine.result.ExcellenceRoute;
import cn.kaohe.scoring.engine.result.IndicatorResult;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.result.ScoredCycle;
import cn.kaohe.scoring.engine.result.UnitExplanation;
import cn.kaohe.scoring.engine.result.UnitResult;
import cn.kaohe.scoring.engine.scenario.ActualValue;
import cn.kaohe.scoring.engine.scenario.Direction;
import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.engine.scenario.Grading;
import cn.kaohe.scoring.engine.scenario.IndicatorRule;
import cn.kaohe.scoring.engine.scenario.MethodType;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.engine.scenario.TieBreaker;
import cn.kaohe.scoring.engine.scenario.WeightPair;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that hold for every scenario, checked on 200 seeded generated ones. */
class EnginePropertiesTest {
    private static final int SCENARIOS = 200;
    private static final BigDecimal ROUNDING_SLACK = new BigDecimal("0.02");

    private final ScoringEngine engine = new ScoringEngine();

    static Stream<Long> seeds() {
        return LongStream.range(0, SCENARIOS).boxed();
    }

    private static Scenario scenario(long seed) {
        Random size = new Random(seed * 7919 + 17);
        return ScenarioGenerator.generate(1 + size.nextInt(40), 1 + size.nextInt(12), seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedScenariosAreValid(long seed) {
        assertEquals(List.of(), engine.validate(scenario(seed)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void permutingInputListsNeverChangesTheResult(long seed) {
        Scenario scenario = scenario(seed);
        Random random = new Random(seed);
        Scenario permuted = new Scenario(scenario.rulebook(),
                shuffled(scenario.units(), random), shuffled(scenario.assignments(), random),
                shuffled(scenario.values(), random), shuffled(scenario.levels(), random),
                shuffled(scenario.adjustments(), random), shuffled(scenario.vetoes(), random),
                shuffled(scenario.socialScores(), random));

        assertEquals(engine.score(scenario), engine.score(permuted));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void raisingAnActualNeverLowersEarnedPointsOnHigherBetterCompletionRatio(long seed) {
        Scenario scenario = scenario(seed);
        Map<String, IndicatorRule> indicators = scenario.rulebook().indicators().stream()
                .collect(Collectors.toMap(IndicatorRule::code, i -> i));
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < scenario.values().size(); i++) {
            IndicatorRule indicator = indicators.get(scenario.values().get(i).indicator());
            if (indicator.method().type() == MethodType.COMPLETION_RATIO
                    && indicator.directionOrDefault() == Direction.HIGHER_BETTER) {
                candidates.add(i);
            }
        }
        Random random = new Random(seed);
        Result before = engine.score(scenario);
        for (int attempt = 0; attempt < 3 && !candidates.isEmpty(); attempt++) {
            int index = candidates.get(random.nextInt(candidates.size()));
            ActualValue value = scenario.values().get(index);
            BigDecimal raise = BigDecimal.valueOf(1 + random.nextInt(5000), 2);
            List<ActualValue> raised = new ArrayList<>(scenario.values());
            raised.set(index, new ActualValue(value.unit(), value.indicator(), value.actual().add(raise)));

            Result after = engine.score(withValues(scenario, raised));

            BigDecimal earnedBefore = earned(before, value.unit(), value.indicator());
            BigDecimal earnedAfter = earned(after, value.unit(), value.indicator());
            assertTrue(earnedAfter.compareTo(earnedBefore) >= 0,
                    () -> value + " raised by " + raise + ": " + earnedBefore + " → " + earnedAfter);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void finalIsWeightedScoresPlusBonusMinusDeductionWithinRounding(long seed) {
        Scenario scenario = scenario(seed);
        ScoredCycle scored = engine.scoreAndExplain(scenario);

        for (UnitResult unit : scored.result().units()) {
            WeightPair weights = scenario.rulebook().weights().forCategory(unit.category());
            BigDecimal fromReported = weights.target().multiply(unit.targetScore())
                    .add(weights.social().multiply(unit.socialScore()))
                    .add(unit.bonus()).subtract(unit.deduction());
            assertTrue(fromReported.subtract(unit.finalScore()).abs().compareTo(ROUNDING_SLACK) <= 0,
                    () -> unit.unit() + ": " + unit.finalScore() + " vs " + fromReported);

            UnitExplanation explanation = scored.explanationOf(unit.unit());
            assertEquals(unit.finalScore(), explanation.finalScore().setScale(2, RoundingMode.HALF_UP),
                    "the reported final is the exact final, rounded half up");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ranksAreConsistentWithRoundedFinals(long seed) {
        Scenario scenario = scenario(seed);
        List<UnitResult> units = engine.score(scenario).units();
        Comparator<UnitResult> bestFirst = bestFirst(scenario.rulebook().tieBreakers());

        for (UnitResult unit : units) {
            long betterOverall = units.stream().filter(other -> bestFirst.compare(other, unit) < 0).count();
            long betterInCategory = units.stream().filter(other -> other.category().equals(unit.category()))
                    .filter(other -> bestFirst.compare(other, unit) < 0).count();
            assertEquals(betterOverall + 1, unit.rankOverall(), unit.unit());
            assertEquals(betterInCategory + 1, unit.rankInCategory(), unit.unit());
        }
        List<UnitResult> listed = new ArrayList<>(units);
        listed.sort(Comparator.comparingInt(UnitResult::rankOverall).thenComparing(UnitResult::unit));
        assertEquals(listed, units, "units are listed by rank, ties by unit code");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gradeQuotasNeverExceededExceptForTies(long seed) {
        Scenario scenario = scenario(seed);
        ScoredCycle scored = engine.scoreAndExplain(scenario);
        Grading grading = scenario.rulebook().grading();
        List<UnitResult> units = scored.result().units();

        for (String category : units.stream().map(UnitResult::category).distinct().toList()) {
            BigDecimal slots = grading.excellentPerCategory().get(category);
            List<UnitResult> winners = winners(scored, ExcellenceRoute.CATEGORY_SLOT, u -> u.category().equals(category));
            assertWithinQuotaOrTied(winners, slots == null ? 0 : slots.intValue(), UnitResult::rankInCategory);
        }
        int share = grading.excellentOverallShare().multiply(BigDecimal.valueOf(units.size()))
                .setScale(0, RoundingMode.FLOOR).intValue();
        assertWithinQuotaOrTied(winners(scored, ExcellenceRoute.OVERALL_SHARE, u -> true), share, UnitResult::rankOverall);

        for (UnitResult unit : units) {
            UnitExplanation explanation = scored.explanationOf(unit.unit());
            if (unit.grade() == Grade.EXCELLENT) {
                assertTrue(explanation.excellenceEligible() && explanation.excellenceRoute() != null, unit.unit());
                assertTrue(grading.excellentMinScore() == null
                        || unit.finalScore().compareTo(grading.excellentMinScore()) >= 0, unit.unit());
            }
        }
    }

    private static void assertWithinQuotaOrTied(List<UnitResult> winnersInRankOrder, int quota,
                                                 ToIntFunction<UnitResult> rank) {
        if (winnersInRankOrder.size() <= quota) {
            return;
        }
        assertTrue(quota > 0, () -> "winners without a quota: " + winnersInRankOrder);
        int lastRank = rank.applyAsInt(winnersInRankOrder.get(quota - 1));
        for (UnitResult extra : winnersInRankOrder.subList(quota, winnersInRankOrder.size())) {
            assertEquals(lastRank, rank.applyAsInt(extra), () -> extra.unit() + " exceeds the quota without a tie");
        }
    }

    private static List<UnitResult> winners(ScoredCycle scored, ExcellenceRoute route,
                                            Predicate<UnitResult> filter) {
        return scored.result().units().stream().filter(filter)
                .filter(u -> scored.explanationOf(u.unit()).excellenceRoute() == route).toList();
    }

    private static Comparator<UnitResult> bestFirst(List<TieBreaker> tieBreakers) {
        Comparator<UnitResult> order = Comparator.comparing(UnitResult::finalScore).reversed();
        for (TieBreaker tieBreaker : tieBreakers) {
            order = order.thenComparing(tieBreaker == TieBreaker.TARGET_SCORE
                    ? Comparator.comparing(UnitResult::targetScore).reversed()
                    : Comparator.comparing(UnitResult::socialScore).reversed());
        }
        return order;
    }

    private static BigDecimal earned(Result result, String unit, String indicator) {
        return result.units().stream().filter(u -> u.unit().equals(unit)).findFirst().orElseThrow()
                .indicators().stream().filter(i -> i.indicator().equals(indicator)).findFirst()
                .map(IndicatorResult::earned).orElseThrow();
    }

    private static Scenario withValues(Scenario scenario, List<ActualValue> values) {
        return new Scenario(scenario.rulebook(), scenario.units(), scenario.assignments(), values, scenario.levels(),
                scenario.adjustments(), scenario.vetoes(), scenario.socialScores());
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
