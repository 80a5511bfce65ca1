package cn.kaohe.scoring.engine.validation;

import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.completionRatio;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.qualitative;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.rankTable;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.threshold;
import static cn.kaohe.scoring.engine.fixtures.MethodSpecs.tiers;
import static cn.kaohe.scoring.engine.fixtures.Num.d;
import static cn.kaohe.scoring.engine.validation.ValidationAssertions.assertNoViolations;
import static cn.kaohe.scoring.engine.validation.ValidationAssertions.assertViolation;
import static cn.kaohe.scoring.engine.validation.ValidationAssertions.violationsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.engine.fixtures.ScenarioBuilder;
import cn.kaohe.scoring.engine.scenario.ActualValue;
import cn.kaohe.scoring.engine.scenario.AdjustmentFact;
import cn.kaohe.scoring.engine.scenario.Assignment;
import cn.kaohe.scoring.engine.scenario.BonusBasis;
import cn.kaohe.scoring.engine.scenario.Direction;
import cn.kaohe.scoring.engine.scenario.OverachievementBonus;
import cn.kaohe.scoring.engine.scenario.PeerGroup;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.engine.scenario.UnitRef;
import cn.kaohe.scoring.engine.scenario.VetoEffect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Units and facts: references, one fact per unit × indicator, targets, points. */
class FactsValidationTest {

    /** A valid scenario: units A (ECO) and B (URBAN), indicators GDP (ratio) and PTY (levels). */
    private static ScenarioBuilder valid() {
        return ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .indicator("PTY", "5", qualitative("A", "1.0", "B", "0.8"))
                .bonusRule("COMMENDATION", "5")
                .vetoRule("SAFETY", VetoEffect.NO_EXCELLENT, null)
                .unit("A", "ECO").unit("B", "URBAN")
                .fact("A", "GDP", "100", "90")
                .assign("A", "PTY", null).level("A", "PTY", "B");
    }

    @Test
    void validScenarioHasNoViolations() {
        assertNoViolations(violationsOf(valid().social("A", "90").adjust("A", "COMMENDATION", "1").veto("A", "SAFETY")));
    }

    @Test
    void unknownUnitIsReportedWhereverItIsReferenced() {
        List<Violation> violations = violationsOf(valid()
                .assign("X", "GDP", "1").value("X", "GDP", "1").level("X", "PTY", "A")
                .adjust("X", "COMMENDATION", "1").veto("X", "SAFETY").social("X", "80"));

        for (String list : List.of("assignments[2]", "values[1]", "levels[1]", "adjustments[0]", "vetoes[0]", "socialScores[0]")) {
            assertViolation(violations, "$." + list + ".unit", ViolationCodes.UNKNOWN_UNIT);
        }
    }

    @Test
    void unknownIndicatorIsReported() {
        List<Violation> violations = violationsOf(valid().assign("B", "GPD", "1").value("A", "GPD", "1"));

        assertViolation(violations, "$.assignments[2].indicator", ViolationCodes.UNKNOWN_INDICATOR);
        assertViolation(violations, "$.values[1].indicator", ViolationCodes.UNKNOWN_INDICATOR);
    }

    @Test
    void unknownAdjustmentOrVetoRuleIsReported() {
        List<Violation> violations = violationsOf(valid().adjust("A", "SAFETY", "1").veto("A", "COMMENDATION"));

        assertViolation(violations, "$.adjustments[0].rule", ViolationCodes.UNKNOWN_RULE);
        assertViolation(violations, "$.vetoes[0].rule", ViolationCodes.UNKNOWN_RULE);
    }

    @Test
    void duplicateUnitCodeIsReported() {
        assertViolation(violationsOf(valid().unit("A", "URBAN")), "$.units[2].code", ViolationCodes.DUPLICATE_CODE);
    }

    @Test
    void secondAssignmentValueOrLevelForTheSameUnitAndIndicatorIsReported() {
        List<Violation> violations = violationsOf(valid()
                .assign("A", "GDP", "120").value("A", "GDP", "95").level("A", "PTY", "A"));

        assertViolation(violations, "$.assignments[2]", ViolationCodes.DUPLICATE_ENTRY);
        assertViolation(violations, "$.values[1]", ViolationCodes.DUPLICATE_ENTRY);
        assertViolation(violations, "$.levels[1]", ViolationCodes.DUPLICATE_ENTRY);
    }

    @Test
    void secondSocialScoreForAUnitIsReported() {
        assertViolation(violationsOf(valid().social("A", "90").social("A", "91")),
                "$.socialScores[1]", ViolationCodes.DUPLICATE_ENTRY);
    }

    @Test
    void valueOrLevelWithoutAssignmentIsReported() {
        List<Violation> violations = violationsOf(valid().value("B", "GDP", "1").level("B", "PTY", "A"));

        assertViolation(violations, "$.values[1]", ViolationCodes.NO_ASSIGNMENT);
        assertViolation(violations, "$.levels[1]", ViolationCodes.NO_ASSIGNMENT);
    }

    @Test
    void levelNotInTheMethodsLevelsIsReported() {
        List<Violation> violations = violationsOf(valid().assign("B", "PTY", null).level("B", "PTY", "E")
                .level("A", "GDP", "A"));

        assertViolation(violations, "$.levels[1].level", ViolationCodes.LEVEL_NOT_IN_METHOD);
        assertViolation(violations, "$.levels[2].level", ViolationCodes.LEVEL_NOT_IN_METHOD);
    }

    @Test
    void valueForAQualitativeIndicatorIsReported() {
        assertViolation(violationsOf(valid().value("A", "PTY", "1")), "$.values[1]", ViolationCodes.VALUE_NOT_USED);
    }

    @Test
    void ratioMethodsNeedAPositiveTarget() {
        List<Violation> violations = violationsOf(ScenarioBuilder.scenario()
                .indicator("GDP", "10", completionRatio())
                .indicator("EDU", "4", tiers("0.8", "0", "1.0", "1"))
                .unit("A", "ECO")
                .assign("A", "GDP", null)
                .assign("A", "EDU", "-1"));

        assertViolation(violations, "$.assignments[0].target", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.assignments[1].target", ViolationCodes.MUST_BE_POSITIVE);
    }

    @Test
    void thresholdAndBasePlusStepNeedATargetOfAnySign() {
        List<Violation> violations = violationsOf(ScenarioBuilder.scenario()
                .indicator("ACC", "5", Direction.LOWER_BETTER, threshold("1"))
                .unit("A", "ECO").unit("B", "ECO")
                .assign("A", "ACC", "0")
                .assign("B", "ACC", null));

        assertEquals(1, violations.size(), () -> ValidationAssertions.describe(violations));
        assertViolation(violations, "$.assignments[1].target", ViolationCodes.REQUIRED);
    }

    @Test
    void targetMayBeOmittedForQualitativeAndRankWithoutBonus() {
        assertNoViolations(violationsOf(ScenarioBuilder.scenario()
                .indicator("PTY", "5", qualitative("A", "1"))
                .indicator("RNK", "6", rankTable(PeerGroup.ALL, null, "6", "5"))
                .unit("A", "ECO")
                .assign("A", "PTY", null).assign("A", "RNK", null)));
    }

    @Test
    void rankWithABonusNeedsATarget() {
        List<Violation> violations = violationsOf(ScenarioBuilder.scenario()
                .indicatorWithBonus("RNK", "6", Direction.HIGHER_BETTER, rankTable(PeerGroup.ALL, null, "6"),
                        new OverachievementBonus(null, d("0.5"), d("3")))
                .indicatorWithBonus("RND", "6", Direction.HIGHER_BETTER, rankTable(PeerGroup.ALL, null, "6"),
                        new OverachievementBonus(BonusBasis.DIFFERENCE, d("0.5"), d("3")))
                .unit("A", "ECO")
                .assign("A", "RNK", "0")
                .assign("A", "RND", null));

        assertViolation(violations, "$.assignments[0].target", ViolationCodes.MUST_BE_POSITIVE);
        assertViolation(violations, "$.assignments[1].target", ViolationCodes.REQUIRED);
    }

    @Test
    void assignmentPointsMustBePositive() {
        assertViolation(violationsOf(valid().assign("B", "GDP", "100", "0")),
                "$.assignments[2].points", ViolationCodes.MUST_BE_POSITIVE);
    }

    @Test
    void negativeAdjustmentPointsAreReported() {
        assertViolation(violationsOf(valid().adjust("A", "COMMENDATION", "-1")),
                "$.adjustments[0].points", ViolationCodes.MUST_NOT_BE_NEGATIVE);
    }

    @Test
    void socialScoreMustBeBetweenZeroAndHundred() {
        List<Violation> violations = violationsOf(valid().social("A", "100.5").social("B", "-1"));

        assertViolation(violations, "$.socialScores[0].score", ViolationCodes.OUT_OF_RANGE);
        assertViolation(violations, "$.socialScores[1].score", ViolationCodes.OUT_OF_RANGE);
    }

    @Test
    void missingFieldsOfFactsAreRequired() {
        Scenario base = valid().build();
        Scenario scenario = new Scenario(base.rulebook(),
                List.of(new UnitRef(null, "甲县", null)),
                List.of(new Assignment(null, null, null, null)),
                List.of(new ActualValue("A", "GDP", null)),
                null,
                List.of(new AdjustmentFact("A", "COMMENDATION", null, null)),
                null, null);

        List<Violation> violations = violationsOf(scenario);

        assertViolation(violations, "$.units[0].code", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.units[0].category", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.assignments[0].unit", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.assignments[0].indicator", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.values[0].actual", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.adjustments[0].points", ViolationCodes.REQUIRED);
    }

    @Test
    void nullListElementsAreRequired() {
        Scenario base = valid().build();
        List<UnitRef> units = new ArrayList<>(base.units());
        units.add(null);
        Scenario scenario = new Scenario(base.rulebook(), units, base.assignments(), Arrays.asList((ActualValue) null),
                null, null, null, null);

        List<Violation> violations = violationsOf(scenario);

        assertViolation(violations, "$.units[2]", ViolationCodes.REQUIRED);
        assertViolation(violations, "$.values[0]", ViolationCodes.REQUIRED);
    }

    @Test
    void severalProblemsAreAllReportedAtOnce() {
        List<Violation> violations = violationsOf(valid()
                .weights("0.7", "0.2")
                .unit("A", "ECO")
                .assign("A", "GDP", "0")
                .value("Z", "GDP", "1")
                .adjust("A", "COMMENDATION", "-2"));

        assertEquals(List.of(
                        "$.rulebook.weights.default weights-must-sum-to-one",
                        "$.units[2].code duplicate-code",
                        "$.assignments[2].target must-be-positive",
                        "$.assignments[2] duplicate-entry",
                        "$.values[1].unit unknown-unit",
                        "$.adjustments[0].points must-not-be-negative"),
                violations.stream().map(v -> v.path() + " " + v.code()).toList());
    }

    @Test
    void messagesAreChineseFirstThenEnglish() {
        Violation violation = violationsOf(valid().value("Z", "GDP", "1")).getFirst();

        assertEquals("未定义的单位 / unknown unit 'Z'", violation.message());
        assertTrue(violationsOf(valid().assign("A", "GDP", "0")).stream()
                .allMatch(v -> v.message().matches("\\P{ASCII}.* / .*")));
    }
}
