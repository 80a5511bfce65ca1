package cn.kaohe.scoring.engine.validation;

import cn.kaohe.scoring.engine.scenario.AdjustmentRule;
import cn.kaohe.scoring.engine.scenario.Grading;
import cn.kaohe.scoring.engine.scenario.IndicatorRule;
import cn.kaohe.scoring.engine.scenario.MethodType;
import cn.kaohe.scoring.engine.scenario.OverachievementBonus;
import cn.kaohe.scoring.engine.scenario.Rulebook;
import cn.kaohe.scoring.engine.scenario.TieBreaker;
import cn.kaohe.scoring.engine.scenario.VetoEffect;
import cn.kaohe.scoring.engine.scenario.VetoRule;
import cn.kaohe.scoring.engine.scenario.WeightPair;
import cn.kaohe.scoring.engine.scenario.Weights;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the rulebook and records what it defines in the {@link Catalog}. */
final class RulebookValidator {
    private static final Path RULEBOOK = Path.of("rulebook");

    private final ViolationSink sink;
    private final MethodSpecValidator methods;
    private final Catalog catalog;

    RulebookValidator(ViolationSink sink, Catalog catalog) {
        this.sink = sink;
        this.methods = new MethodSpecValidator(sink);
        this.catalog = catalog;
    }

    void validate(Rulebook rulebook) {
        if (!sink.required(RULEBOOK, rulebook)) {
            return;
        }
        catalog.hasRulebook = true;
        sink.required(RULEBOOK.field("cycle"), rulebook.cycle());
        validateWeights(RULEBOOK.field("weights"), rulebook.weights());
        validateIndicators(RULEBOOK.field("indicators"), rulebook.indicators());
        validateAdjustmentRules(RULEBOOK.field("adjustmentRules"), rulebook.adjustmentRules());
        sink.nonNegative(RULEBOOK.field("totalBonusCap"), rulebook.totalBonusCap());
        sink.nonNegative(RULEBOOK.field("totalDeductionCap"), rulebook.totalDeductionCap());
        validateVetoRules(RULEBOOK.field("vetoRules"), rulebook.vetoRules());
        validateGrading(RULEBOOK.field("grading"), rulebook.grading());
        validateTieBreakers(RULEBOOK.field("tieBreakers"), rulebook.tieBreakers());
    }

    private void validateWeights(Path path, Weights weights) {
        if (!sink.required(path, weights)) {
            return;
        }
        // The JSON name of the default pair is "default" (the record calls it fallback).
        validateWeightPair(path.field("default"), weights.fallback());
        if (weights.byCategory() != null) {
            weights.byCategory().forEach((category, pair) -> {
                validateWeightPair(path.field("byCategory").key(category), pair);
            });
        }
    }

    private void validateWeightPair(Path path, WeightPair pair) {
        if (!sink.required(path, pair)) {
            return;
        }
        boolean hasTarget = sink.required(path.field("target"), pair.target());
        boolean hasSocial = sink.required(path.field("social"), pair.social());
        sink.between(path.field("target"), pair.target(), BigDecimal.ZERO, BigDecimal.ONE);
        sink.between(path.field("social"), pair.social(), BigDecimal.ZERO, BigDecimal.ONE);
        if (hasTarget && hasSocial && pair.target().add(pair.social()).compareTo(BigDecimal.ONE) != 0) {
            sink.add(path, ViolationCodes.WEIGHTS_MUST_SUM_TO_ONE,
                    "权重之和须为1 / weights must sum to exactly 1, were %s + %s"
                            .formatted(pair.target().toPlainString(), pair.social().toPlainString()));
        }
    }

    private void validateIndicators(Path path, List<IndicatorRule> indicators) {
        for (int i = 0; i < indicators.size(); i++) {
            Path at = path.index(i);
            IndicatorRule indicator = indicators.get(i);
            if (!sink.required(at, indicator)) {
                continue;
            }
            if (sink.required(at.field("code"), indicator.code())) {
                if (!catalog.defineIndicator(indicator)) {
                    sink.duplicateCode(at.field("code"), indicator.code());
                }
            }
            sink.requiredPositive(at.field("points"), indicator.points());
            if (sink.required(at.field("method"), indicator.method())) {
                methods.validate(at.field("method"), indicator.method());
            }
            validateBonus(at.field("overachievementBonus"), indicator);
        }
    }

    private void validateBonus(Path path, IndicatorRule indicator) {
        OverachievementBonus bonus = indicator.overachievementBonus();
        if (bonus == null) {
            return;
        }
        if (indicator.method() != null && indicator.method().type() == MethodType.QUALITATIVE) {
            sink.add(path, ViolationCodes.BONUS_NOT_ALLOWED,
                    "定性指标不设超额加分 / a QUALITATIVE indicator has no overachievement bonus");
            return;
        }
        sink.requiredPositive(path.field("perPoint"), bonus.perPoint());
        sink.requiredPositive(path.field("cap"), bonus.cap());
    }

    private void validateAdjustmentRules(Path path, List<AdjustmentRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            Path at = path.index(i);
            AdjustmentRule rule = rules.get(i);
            if (!sink.required(at, rule)) {
                continue;
            }
            if (sink.required(at.field("code"), rule.code()) && !catalog.adjustmentRules.add(rule.code())) {
                sink.duplicateCode(at.field("code"), rule.code());
            }
            sink.required(at.field("kind"), rule.kind());
            sink.nonNegative(at.field("cap"), rule.cap());
        }
    }

    private void validateVetoRules(Path path, List<VetoRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            Path at = path.index(i);
            VetoRule rule = rules.get(i);
            if (!sink.required(at, rule)) {
                continue;
            }
            if (sink.required(at.field("code"), rule.code()) && !catalog.vetoRules.add(rule.code())) {
                sink.duplicateCode(at.field("code"), rule.code());
            }
            if (!sink.required(at.field("effect"), rule.effect())) {
                continue;
            }
            if (rule.effect() == VetoEffect.NO_EXCELLENT) {
                if (rule.grade() != null) {
                    sink.unknownField(at.field("grade"), "grade", "NO_EXCELLENT");
                }
            } else {
                sink.required(at.field("grade"), rule.grade());
            }
        }
    }

    private void validateGrading(Path path, Grading grading) {
        if (grading == null) {
            return;
        }
        Map<String, BigDecimal> perCategory = grading.excellentPerCategory();
        if (perCategory != null) {
            perCategory.forEach((category, slots) -> {
                Path at = path.field("excellentPerCategory").key(category);
                sink.requiredNonNegative(at, slots);
                if (slots != null && slots.stripTrailingZeros().scale() > 0) {
                    sink.add(at, ViolationCodes.MUST_BE_WHOLE_NUMBER, "名额须为整数 / a number of slots is a whole number");
                }
            });
        }
        sink.between(path.field("excellentOverallShare"), grading.excellentOverallShare(), BigDecimal.ZERO, BigDecimal.ONE);
        if (grading.poorBelow() != null && grading.averageBelow() != null
                && grading.poorBelow().compareTo(grading.averageBelow()) > 0) {
            sink.add(path.field("poorBelow"), ViolationCodes.THRESHOLDS_OUT_OF_ORDER,
                    "较差线不能高于一般线 / poorBelow must not exceed averageBelow");
        }
    }

    private void validateTieBreakers(Path path, List<TieBreaker> tieBreakers) {
        Set<TieBreaker> seen = new HashSet<>();
        for (int i = 0; i < tieBreakers.size(); i++) {
            TieBreaker tieBreaker = tieBreakers.get(i);
            if (sink.required(path.index(i), tieBreaker) && !seen.add(tieBreaker)) {
                sink.duplicateCode(path.index(i), tieBreaker.name());
            }
        }
    }
}
