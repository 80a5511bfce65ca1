package cn.kaohe.scoring.engine.validation;

import static cn.kaohe.scoring.engine.fixtures.Gradings.grading;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.completionRatio;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.method;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.qualitative;
import static cn.kaohe.scoring.engine.fixtures.Num.d;
import static cn.kaohe.scoring.engine.validation.ValidationAssertions.assertNoViolations;
import static cn.kaohe.scoring.engine.validation.ValidationAssertions.assertViolation;
import static cn.kaohe.scoring.engine.validation.ValidationAssertions.violationsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.engine.fixtures.MethodSpecs;
import cn.kaohe.scoring.engine.fixtures.ScenarioBuilder;
import cn.kaohe.scoring.engine.scenario.AdjustmentRule;
import cn.kaohe.scoring.engine.scenario.Direction;
import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.engine.scenario.IndicatorRule;
import cn.kaohe.scoring.engine.scenario.MethodSpec;
import cn.kaohe.scoring.engine.scenario.MethodType;
import cn.kaohe.scoring.engine.scenario.OverachievementBonus;
import cn.kaohe.scoring.engine.scenario.RankMode;
import cn.kaohe.scoring.engine.scenario.Rulebook;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.engine.scenario.TieBreaker;
import cn.kaohe.scoring.engine.scenario.VetoEffect;
import cn.kaohe.scoring.engine.scenario.VetoRule;
import cn.kaohe.scoring.engine.scenario.WeightPair;
import cn.kaohe.scoring.engine.scenario.Weights;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rulebook: weights, indicators and their methods, rules, grading. */
class RulebookValidationTest {
    private static final String METHOD = "$.rulebook.indicators[0].method";

    private static ScenarioBuilder withUnits() {
        return ScenarioBuilder.scenario().unit("A", "ECO").unit("C", "URBAN");
    }

    private static List<Violation> violationsOfMethod(MethodSpec method) {
        return violationsOf(withUnits().indicator("X", "5", method));
    }

    @Test
    void weightsMustEachLieBetweenZeroAndOne() {
        List<Violation> violations = violationsOf(withUnits().weights("1.2", "-0.2"));

        assertViolation(violations, "$.rulebook.weights.default.target", ViolationCodes.OUT_OF_RANGE);
        assertViolation(violations, "$.rulebook.weights.default.social", ViolationCodes.OUT_OF_RANGE);
    }

    @Test
    void weightsMustSumToExactlyOne() {
        List<Violation> violations = violationsOf(withUnits().weights("0.8", "0.2").categoryWeights("URBAN", "0.85", "0.1"));

        assertEquals(1, violations.size());
        assertViolation(violations, "$.rulebook.weights.byCategory.URBAN", ViolationCodes.WEIGHTS_MUST_SUM_TO_ONE);
        assertNoViolations(violationsOf(withUnits().weights("0.80", "0.2000")));
    }

    @Test
    void categorySettingsMayNameCategoriesWithoutUnits() {
        // A rulebook serves the whole cycle; a what-if scenario may carry only some of its units
        // (the contract's own example sets TOWN weights and URBAN slots for one ECO unit).
        assertNoViolations(violationsOf(withUnits().categoryWeights("TOWN", "0.85", "0.15")
                .grading(grading().perCategory("DEPT", "1"))));
    }

    @Test
    void pathsQuoteMapKeysThatAreNotIdentifiers() {
        assertViolation(violationsOf(withUnits().categoryWeights("城区", "0.85", "0.1")),
                "$.rulebook.weights.byCategory['城区']", ViolationCodes.WEIGHTS_MUST_SUM_TO_ONE);
    }

    @Test
    void missingRulebookPartsAreRequired() {
        Rulebook rulebook = new Rulebook(" ", new Weights(null, null), null, null, null, null, null, null, null);
        List<Violation> violations = violationsOf(new Scenario(rulebook, null, null, null, null, null, null, null));

        assertViolation(violations, "$.rulebook.cycle", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.rulebook.weights.default", ViolationCodes.REQUIRED);
        assertViolation(violationsOf(new Scenario(null, null, null, null, null, null, null, null)),
                "$.rulebook", ViolationCodes.REQUIRED);
        Rulebook halfPair = new Rulebook("2024", new Weights(new WeightPair(d("1"), null), null),
                null, null, null, null, null, null, null);
        assertViolation(violationsOf(new Scenario(halfPair, null, null, null, null, null, null, null)),
                "$.rulebook.weights.default.social", ViolationCodes.REQUIRED);
    }

    @Test
    void indicatorNeedsCodePositivePointsAndMethod() {
        List<Violation> violations = violationsOf(withUnits()
                .indicator(new IndicatorRule(null, null, d("-1"), null, null, null))
                .indicator(new IndicatorRule("GDP", null, null, null, completionRatio(), null))
                .indicator(new IndicatorRule("GDP", null, d("0"), null, method(null).build(), null)));

        assertViolation(violations, "$.rulebook.indicators[0].code", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.rulebook.indicators[0].points", ViolationCodes.MUST_BE_POSITIVE);
        assertViolation(violations, "$.rulebook.indicators[0].method", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.rulebook.indicators[1].points", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.rulebook.indicators[2].code", ViolationCodes.DUPLICATE_CODE);
        assertViolation(violations, "$.rulebook.indicators[2].points", ViolationCodes.MUST_BE_POSITIVE);
        assertViolation(violations, "$.rulebook.indicators[2].method.type", ViolationCodes.REQUIRED);
    }

    static Stream<Arguments> methodsMissingARequiredField() {
        return Stream.of(
                Arguments.of(method(MethodType.BASE_PLUS_STEP).stepPoints("0.5").build(), "baseShare"),
                Arguments.of(method(MethodType.BASE_PLUS_STEP).baseShare("0.8").build(), "stepPoints"),
                Arguments.of(method(MethodType.TIERS).build(), "breakpoints"),
                Arguments.of(method(MethodType.QUALITATIVE).build(), "levels"),
                Arguments.of(method(MethodType.RANK).build(), "mode"),
                Arguments.of(method(MethodType.RANK).mode(RankMode.TABLE).build(), "table"),
                Arguments.of(method(MethodType.RANK).mode(RankMode.STEP).build(), "step"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("methodsMissingARequiredField")
    void requiredMethodFieldsMustBePresent(MethodSpec method, String field) {
        assertViolation(violationsOfMethod(method), METHOD + "." + field, ViolationCodes.REQUIRED);
    }

    static Stream<Arguments> methodsWithAForeignField() {
        return Stream.of(
                Arguments.of(method(MethodType.COMPLETION_RATIO).table("6").build(), "table"),
                Arguments.of(method(MethodType.COMPLETION_RATIO).capShare("1.2").build(), "capShare"),
                Arguments.of(method(MethodType.BASE_PLUS_STEP).baseShare("0.8").stepPoints("1").cap("1.2").build(), "cap"),
                Arguments.of(method(MethodType.THRESHOLD).step("1").build(), "step"),
                Arguments.of(method(MethodType.QUALITATIVE).levels("A", "1").floor("0.5").build(), "floor"),
                Arguments.of(method(MethodType.TIERS).breakpoints("1", "1").deductionPerUnit("1").build(), "deductionPerUnit"),
                Arguments.of(method(MethodType.RANK).mode(RankMode.STEP).step("1").table("6").build(), "table"),
                Arguments.of(method(MethodType.RANK).mode(RankMode.PROPORTIONAL).rest("1").build(), "rest"),
                Arguments.of(method(MethodType.RANK).mode(RankMode.TABLE).table("6").levels("A", "1").build(), "levels"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("methodsWithAForeignField")
    void fieldsNotBelongingToTheMethodAreRejected(MethodSpec method, String field) {
        List<Violation> violations = violationsOfMethod(method);

        assertEquals(1, violations.size(), () -> ValidationAssertions.describe(violations));
        assertViolation(violations, METHOD + "." + field, ViolationCodes.UNKNOWN_FIELD);
    }

    @Test
    void breakpointsMustBeAscendingPairs() {
        MethodSpec method = method(MethodType.TIERS).rawBreakpoints(List.of(
                List.of(d("0.8"), d("0")), List.of(d("0.8"), d("0.5")), List.of(d("1.0")), List.of(d("0.7"), d("-1"))))
                .build();

        List<Violation> violations = violationsOfMethod(method);

        assertViolation(violations, METHOD + ".breakpoints[1][0]", ViolationCodes.NOT_ASCENDING);
        assertViolation(violations, METHOD + ".breakpoints[2]", ViolationCodes.NOT_A_PAIR);
        assertViolation(violations, METHOD + ".breakpoints[3][0]", ViolationCodes.NOT_ASCENDING);
        assertViolation(violations, METHOD + ".breakpoints[3][1]", ViolationCodes.MUST_NOT_BE_NEGATIVE);
        assertViolation(violationsOfMethod(method(MethodType.TIERS).breakpoints().build()),
                METHOD + ".breakpoints", ViolationCodes.MUST_NOT_BE_EMPTY);
    }

    @Test
    void methodParametersMustLieInTheirRange() {
        assertViolation(violationsOfMethod(completionRatio("0", "-0.1")), METHOD + ".cap", ViolationCodes.MUST_BE_POSITIVE);
        assertViolation(violationsOfMethod(completionRatio("0", "-0.1")), METHOD + ".floor", ViolationCodes.MUST_NOT_BE_NEGATIVE);
        assertViolation(violationsOfMethod(method(MethodType.BASE_PLUS_STEP).baseShare("-0.1").stepPoints("1").build()),
                METHOD + ".baseShare", ViolationCodes.MUST_NOT_BE_NEGATIVE);
        assertViolation(violationsOfMethod(method(MethodType.THRESHOLD).deductionPerUnit("-1").build()),
                METHOD + ".deductionPerUnit", ViolationCodes.MUST_NOT_BE_NEGATIVE);
        assertViolation(violationsOfMethod(qualitative("A", "1", "B", "-0.5")), METHOD + ".levels.B",
                ViolationCodes.MUST_NOT_BE_NEGATIVE);
        assertViolation(violationsOfMethod(method(MethodType.RANK).mode(RankMode.TABLE).table("6", "-1").build()),
                METHOD + ".table[1]", ViolationCodes.MUST_NOT_BE_NEGATIVE);
    }

    @Test
    void floorAboveCapIsAllowedAsAllOrNothing() {
        assertNoViolations(violationsOfMethod(completionRatio("1.0", "1.2")));
    }

    @Test
    void overachievementBonusOnQualitativeIsRejected() {
        assertViolation(violationsOf(withUnits().indicatorWithBonus("PTY", "5", Direction.HIGHER_BETTER,
                        qualitative("A", "1"), new OverachievementBonus(null, d("1"), d("1")))),
                "$.rulebook.indicators[0].overachievementBonus", ViolationCodes.BONUS_NOT_ALLOWED);
    }

    @Test
    void overachievementBonusNeedsPositivePerPointAndCap() {
        List<Violation> violations = violationsOf(withUnits().indicatorWithBonus("GDP", "5", Direction.HIGHER_BETTER,
                completionRatio(), new OverachievementBonus(null, null, d("0"))));

        assertViolation(violations, "$.rulebook.indicators[0].overachievementBonus.perPoint", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.rulebook.indicators[0].overachievementBonus.cap", ViolationCodes.MUST_BE_POSITIVE);
    }

    @Test
    void adjustmentAndVetoRulesNeedCodesAndKinds() {
        Scenario base = withUnits().build();
        Rulebook rulebook = new Rulebook("2024", base.rulebook().weights(), null,
                List.of(new AdjustmentRule("COMMENDATION", null, d("-1")), new AdjustmentRule("COMMENDATION", null, null)),
                d("-5"), null,
                List.of(new VetoRule("SAFETY", VetoEffect.NO_EXCELLENT, Grade.GOOD), new VetoRule("FRAUD", VetoEffect.FORCE_GRADE, null),
                        new VetoRule(null, null, null), new VetoRule("SAFETY", VetoEffect.NO_EXCELLENT, null)),
                null, null);
        List<Violation> violations = violationsOf(new Scenario(rulebook, base.units(), null, null, null, null, null, null));

        assertViolation(violations, "$.rulebook.adjustmentRules[0].kind", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.rulebook.adjustmentRules[0].cap", ViolationCodes.MUST_NOT_BE_NEGATIVE);
        assertViolation(violations, "$.rulebook.adjustmentRules[1].code", ViolationCodes.DUPLICATE_CODE);
        assertViolation(violations, "$.rulebook.totalBonusCap", ViolationCodes.MUST_NOT_BE_NEGATIVE);
        assertViolation(violations, "$.rulebook.vetoRules[0].grade", ViolationCodes.UNKNOWN_FIELD);
        assertViolation(violations, "$.rulebook.vetoRules[1].grade", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.rulebook.vetoRules[2].code", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.rulebook.vetoRules[2].effect", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.rulebook.vetoRules[3].code", ViolationCodes.DUPLICATE_CODE);
    }

    @Test
    void gradingQuotasMustBeWholeNonNegativeNumbers() {
        List<Violation> violations = violationsOf(withUnits()
                .grading(grading().perCategory("ECO", "1.5").perCategory("URBAN", "-1")));

        assertViolation(violations, "$.rulebook.grading.excellentPerCategory.ECO", ViolationCodes.MUST_BE_WHOLE_NUMBER);
        assertViolation(violations, "$.rulebook.grading.excellentPerCategory.URBAN", ViolationCodes.MUST_NOT_BE_NEGATIVE);
        assertNoViolations(violationsOf(withUnits().grading(grading().perCategory("ECO", "2.0"))));
    }

    @Test
    void gradingShareAndThresholdsMustBeConsistent() {
        List<Violation> violations = violationsOf(withUnits()
                .grading(grading().overallShare("1.5").averageBelow("60").poorBelow("75")));

        assertViolation(violations, "$.rulebook.grading.excellentOverallShare", ViolationCodes.OUT_OF_RANGE);
        assertViolation(violations, "$.rulebook.grading.poorBelow", ViolationCodes.THRESHOLDS_OUT_OF_ORDER);
    }

    @Test
    void tieBreakersMayNotRepeat() {
        assertViolation(violationsOf(withUnits().tieBreakers(TieBreaker.TARGET_SCORE, TieBreaker.TARGET_SCORE)),
                "$.rulebook.tieBreakers[1]", ViolationCodes.DUPLICATE_CODE);
    }

    @Test
    void validRulebookWithEveryMethodHasNoViolations() {
        assertNoViolations(violationsOf(withUnits()
                .indicator("GDP", "10", completionRatio("1.2", "0.6"))
                .indicator("IND", "8", MethodSpecs.basePlusStep("0.8", "0.5", "1.2"))
                .indicator("EDU", "4", MethodSpecs.tiers("0.8", "0", "1.0", "0.8", "1.2", "1.0"))
                .indicator("ACC", "5", Direction.LOWER_BETTER, MethodSpecs.threshold(null))
                .indicator("PTY", "5", qualitative("A", "1.0", "B", "0.85"))
                .indicator("INV", "6", MethodSpecs.rankTable(null, "4", "6", "5.5", "5"))
                .indicator("STP", "6", MethodSpecs.rankStep(null, "0.5"))
                .indicator("PRP", "6", MethodSpecs.rankProportional(null))
                .grading(grading().perCategory("ECO", "1").overallShare("0.05").minScore("85").averageBelow("75").poorBelow("60"))
                .tieBreakers(TieBreaker.TARGET_SCORE, TieBreaker.SOCIAL_SCORE)));
    }

    @Test
    void rulebookOnItsOwnIsValidatedWithTheSamePaths() {
        Rulebook rulebook = withUnits().weights("0.8", "0.3").indicator("GDP", "-1", completionRatio()).build().rulebook();

        List<Violation> violations = new ScenarioValidator().validateRulebook(rulebook);

        assertViolation(violations, "$.rulebook.weights.default", ViolationCodes.WEIGHTS_MUST_SUM_TO_ONE);
        assertViolation(violations, "$.rulebook.indicators[0].points", ViolationCodes.MUST_BE_POSITIVE);
        assertEquals(2, violations.size());
        assertViolation(new ScenarioValidator().validateRulebook(null), "$.rulebook", ViolationCodes.REQUIRED);
    }

    @Test
    void levelsMapKeysAppearInPaths() {
        assertViolation(violationsOfMethod(method(MethodType.QUALITATIVE).levels("优", "-1").build()),
                METHOD + ".levels['优']", ViolationCodes.MUST_NOT_BE_NEGATIVE);
    }
}
