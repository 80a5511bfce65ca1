package cn.kaohe.scoring.engine.validation;

import cn.kaohe.scoring.engine.scenario.ActualValue;
import cn.kaohe.scoring.engine.scenario.AdjustmentFact;
import cn.kaohe.scoring.engine.scenario.Assignment;
import cn.kaohe.scoring.engine.scenario.BonusBasis;
import cn.kaohe.scoring.engine.scenario.IndicatorRule;
import cn.kaohe.scoring.engine.scenario.LevelFact;
import cn.kaohe.scoring.engine.scenario.MethodType;
import cn.kaohe.scoring.engine.scenario.OverachievementBonus;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.engine.scenario.SocialScore;
import cn.kaohe.scoring.engine.scenario.UnitRef;
import cn.kaohe.scoring.engine.scenario.VetoFact;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the units and the facts: required fields, references, and one fact per unit × indicator.
 * Facts run to hundreds of thousands, so paths are spelled out only for violations.
 */
final class FactsValidator {
    private static final BigDecimal MAX_SOCIAL_SCORE = BigDecimal.valueOf(100);

    private final ViolationSink sink;
    private final Catalog catalog;
    private UnitIndicatorSet assigned;

    FactsValidator(ViolationSink sink, Catalog catalog) {
        this.sink = sink;
        this.catalog = catalog;
    }

    void validateUnits(List<UnitRef> units) {
        Path path = Path.of("units");
        for (int i = 0; i < units.size(); i++) {
            Path at = path.index(i);
            UnitRef unit = units.get(i);
            if (!sink.required(at, unit)) {
                continue;
            }
            if (sink.required(at, "code", unit.code()) && !catalog.defineUnit(unit.code())) {
                sink.duplicateCode(at.field("code"), unit.code());
            }
            sink.required(at, "category", unit.category());
        }
    }

    void validateFacts(Scenario scenario) {
        assigned = new UnitIndicatorSet(catalog.indicatorCount());
        validateAssignments(scenario.assignments());
        validateValues(scenario.values());
        validateLevels(scenario.levels());
        validateAdjustments(scenario.adjustments());
        validateVetoes(scenario.vetoes());
        validateSocialScores(scenario.socialScores());
    }

    private void validateAssignments(List<Assignment> assignments) {
        Path path = Path.of("assignments");
        for (int i = 0; i < assignments.size(); i++) {
            Path at = path.index(i);
            Assignment assignment = assignments.get(i);
            if (!sink.required(at, assignment)) {
                continue;
            }
            int unitId = checkUnit(at, assignment.unit());
            int indicatorId = checkIndicator(at, assignment.indicator());
            sink.positive(at, "points", assignment.points());
            if (indicatorId != Catalog.UNKNOWN) {
                checkTarget(at, assignment.target(), catalog.indicator(indicatorId));
            }
            if (unitId != Catalog.UNKNOWN && indicatorId != Catalog.UNKNOWN && !assigned.add(unitId, indicatorId)) {
                duplicateEntry(at, "目标", "assignment", assignment.unit(), assignment.indicator());
            }
        }
    }

    /**
     * Ratio methods (COMPLETION_RATIO, TIERS) and ratio-basis bonuses divide by the target, so it
     * must be positive; only QUALITATIVE and RANK indicators without a bonus can do without one.
     */
    private void checkTarget(Path at, BigDecimal target, IndicatorRule indicator) {
        MethodType type = indicator.method() == null ? null : indicator.method().type();
        if (type == null) {
            return;
        }
        OverachievementBonus bonus = indicator.overachievementBonus();
        boolean needed = bonus != null || (type != MethodType.QUALITATIVE && type != MethodType.RANK);
        boolean mustBePositive = type == MethodType.COMPLETION_RATIO || type == MethodType.TIERS
                || (bonus != null && bonus.basisOrDefault() == BonusBasis.RATIO);
        if (needed && sink.required(at, "target", target) && mustBePositive) {
            sink.positive(at, "target", target);
        }
    }

    private void validateValues(List<ActualValue> values) {
        Path path = Path.of("values");
        UnitIndicatorSet seen = new UnitIndicatorSet(catalog.indicatorCount());
        for (int i = 0; i < values.size(); i++) {
            Path at = path.index(i);
            ActualValue value = values.get(i);
            if (!sink.required(at, value)) {
                continue;
            }
            sink.required(at, "actual", value.actual());
            IndicatorRule indicator = checkAssignedFact(at, value.unit(), value.indicator(), seen, "实际值", "value");
            if (methodTypeOf(indicator) == MethodType.QUALITATIVE) {
                sink.add(at, ViolationCodes.VALUE_NOT_USED,
                        "定性指标按等级评分，不用实际值 / a QUALITATIVE indicator is scored by level, not by value");
            }
        }
    }

    private void validateLevels(List<LevelFact> levels) {
        Path path = Path.of("levels");
        UnitIndicatorSet seen = new UnitIndicatorSet(catalog.indicatorCount());
        for (int i = 0; i < levels.size(); i++) {
            Path at = path.index(i);
            LevelFact level = levels.get(i);
            if (!sink.required(at, level)) {
                continue;
            }
            boolean hasLevel = sink.required(at, "level", level.level());
            IndicatorRule indicator = checkAssignedFact(at, level.unit(), level.indicator(), seen, "等级", "level");
            if (hasLevel && indicator != null && methodTypeOf(indicator) != null) {
                Map<String, BigDecimal> defined = methodTypeOf(indicator) == MethodType.QUALITATIVE
                        ? indicator.method().levels() : null;
                if (defined == null || !defined.containsKey(level.level())) {
                    sink.add(at.field("level"), ViolationCodes.LEVEL_NOT_IN_METHOD,
                            "等级不在该指标的评分等级中 / level '%s' is not one of the method's levels %s"
                                    .formatted(level.level(), defined == null ? "[]" : defined.keySet()));
                }
            }
        }
    }

    /**
     * A value or level must name a known unit and indicator, the unit must be assessed on the
     * indicator, and only one may be given per unit and indicator.
     *
     * @return the indicator when it is known, else null
     */
    private IndicatorRule checkAssignedFact(Path at, String unit, String indicatorCode, UnitIndicatorSet seen,
                                            String nameZh, String nameEn) {
        int unitId = checkUnit(at, unit);
        int indicatorId = checkIndicator(at, indicatorCode);
        if (indicatorId == Catalog.UNKNOWN) {
            return null;
        }
        if (unitId != Catalog.UNKNOWN) {
            if (!assigned.contains(unitId, indicatorId)) {
                sink.add(at, ViolationCodes.NO_ASSIGNMENT,
                        "该单位没有此指标的目标 / unit '%s' has no assignment for indicator '%s'".formatted(unit, indicatorCode));
            } else if (!seen.add(unitId, indicatorId)) {
                duplicateEntry(at, nameZh, nameEn, unit, indicatorCode);
            }
        }
        return catalog.indicator(indicatorId);
    }

    private void validateAdjustments(List<AdjustmentFact> adjustments) {
        Path path = Path.of("adjustments");
        for (int i = 0; i < adjustments.size(); i++) {
            Path at = path.index(i);
            AdjustmentFact adjustment = adjustments.get(i);
            if (!sink.required(at, adjustment)) {
                continue;
            }
            checkUnit(at, adjustment.unit());
            checkRule(at, adjustment.rule(), catalog.adjustmentRules);
            sink.requiredNonNegative(at, "points", adjustment.points());
        }
    }

    private void validateVetoes(List<VetoFact> vetoes) {
        Path path = Path.of("vetoes");
        for (int i = 0; i < vetoes.size(); i++) {
            Path at = path.index(i);
            VetoFact veto = vetoes.get(i);
            if (sink.required(at, veto)) {
                checkUnit(at, veto.unit());
                checkRule(at, veto.rule(), catalog.vetoRules);
            }
        }
    }

    private void validateSocialScores(List<SocialScore> scores) {
        Path path = Path.of("socialScores");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            Path at = path.index(i);
            SocialScore score = scores.get(i);
            if (!sink.required(at, score)) {
                continue;
            }
            if (checkUnit(at, score.unit()) != Catalog.UNKNOWN && !seen.add(score.unit())) {
                sink.add(at, ViolationCodes.DUPLICATE_ENTRY,
                        "同一单位的社会评价得分重复 / a second social score for unit '%s'".formatted(score.unit()));
            }
            if (sink.required(at, "score", score.score())) {
                sink.between(at.field("score"), score.score(), BigDecimal.ZERO, MAX_SOCIAL_SCORE);
            }
        }
    }

    /** @return the unit's id, or {@link Catalog#UNKNOWN} when it is missing or not defined */
    private int checkUnit(Path at, String unit) {
        if (!sink.required(at, "unit", unit)) {
            return Catalog.UNKNOWN;
        }
        int id = catalog.unitId(unit);
        if (id == Catalog.UNKNOWN) {
            sink.add(at.field("unit"), ViolationCodes.UNKNOWN_UNIT, "未定义的单位 / unknown unit '%s'".formatted(unit));
        }
        return id;
    }

    /** @return the indicator's id, or {@link Catalog#UNKNOWN} when it is missing or not defined */
    private int checkIndicator(Path at, String code) {
        if (!sink.required(at, "indicator", code) || !catalog.hasRulebook) {
            return Catalog.UNKNOWN;
        }
        int id = catalog.indicatorId(code);
        if (id == Catalog.UNKNOWN) {
            sink.add(at.field("indicator"), ViolationCodes.UNKNOWN_INDICATOR,
                    "未定义的指标 / unknown indicator '%s'".formatted(code));
        }
        return id;
    }

    private void checkRule(Path at, String code, Set<String> rules) {
        if (sink.required(at, "rule", code) && catalog.hasRulebook && !rules.contains(code)) {
            sink.add(at.field("rule"), ViolationCodes.UNKNOWN_RULE, "未定义的规则 / unknown rule '%s'".formatted(code));
        }
    }

    private static MethodType methodTypeOf(IndicatorRule indicator) {
        return indicator == null || indicator.method() == null ? null : indicator.method().type();
    }

    private void duplicateEntry(Path at, String nameZh, String nameEn, String unit, String indicator) {
        sink.add(at, ViolationCodes.DUPLICATE_ENTRY, "同一单位同一指标的%s重复 / a second %s for unit '%s' and indicator '%s'"
                .formatted(nameZh, nameEn, unit, indicator));
    }
}
