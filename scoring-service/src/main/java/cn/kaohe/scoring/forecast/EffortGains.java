package cn.kaohe.scoring.forecast;

import cn.kaohe.scoring.engine.adjustments.Overachievement;
import cn.kaohe.scoring.engine.methods.IndividualMethod;
import cn.kaohe.scoring.engine.methods.Measurement;
import cn.kaohe.scoring.engine.methods.ScoringMethod;
import cn.kaohe.scoring.engine.methods.ScoringMethods;
import cn.kaohe.scoring.engine.scenario.ActualValue;
import cn.kaohe.scoring.engine.scenario.Assignment;
import cn.kaohe.scoring.engine.scenario.Direction;
import cn.kaohe.scoring.engine.scenario.IndicatorRule;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.engine.scenario.UnitRef;
import cn.kaohe.scoring.engine.scenario.WeightPair;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which indicators would gain a unit most per unit of effort: for each of its indicators scored on
 * its own (not RANK, whose points depend on the peers, nor QUALITATIVE), the change in earned
 * points and overachievement bonus from a step of 1% of the target, weighted into the final score
 * (target weight × 100 ÷ the unit's total points). Bonus caps across indicators are not applied.
 */
public final class EffortGains {

    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EffortGains() {
    }

    public static Map<String, List<EffortGain>> best(Scenario projected, int top) {
        Map<String, IndicatorRule> rules = new HashMap<>();
        projected.rulebook().indicators().forEach(rule -> rules.put(rule.code(), rule));
        Map<String, BigDecimal> actuals = new HashMap<>();
        for (ActualValue value : projected.values()) {
            actuals.put(value.unit() + "\u0000" + value.indicator(), value.actual());
        }
        Map<String, BigDecimal> pointsByUnit = new HashMap<>();
        for (Assignment assignment : projected.assignments()) {
            pointsByUnit.merge(assignment.unit(), pointsOf(assignment, rules.get(assignment.indicator())), BigDecimal::add);
        }
        Map<String, String> categories = new HashMap<>();
        projected.units().forEach(unit -> categories.put(unit.code(), unit.category()));

        Map<String, List<EffortGain>> gains = new HashMap<>();
        for (Assignment assignment : projected.assignments()) {
            IndicatorRule rule = rules.get(assignment.indicator());
            ScoringMethod method = ScoringMethods.from(rule.method());
            BigDecimal actual = actuals.get(assignment.unit() + "\u0000" + assignment.indicator());
            if (!(method instanceof IndividualMethod individual) || assignment.target() == null || actual == null
                    || rule.method().type() == cn.kaohe.scoring.engine.scenario.MethodType.QUALITATIVE) {
                continue;
            }
            Direction direction = rule.direction() == null ? Direction.HIGHER_BETTER : rule.direction();
            BigDecimal step = assignment.target().abs().multiply(ONE_PERCENT);
            BigDecimal better = direction == Direction.HIGHER_BETTER ? actual.add(step) : actual.subtract(step).max(BigDecimal.ZERO);
            BigDecimal points = pointsOf(assignment, rule);
            BigDecimal earnedGain = earned(individual, direction, points, assignment.target(), better)
                    .subtract(earned(individual, direction, points, assignment.target(), actual));
            BigDecimal bonusGain = rule.overachievementBonus() == null ? BigDecimal.ZERO
                    : Overachievement.bonus(rule.overachievementBonus(), direction, assignment.target(), better)
                            .subtract(Overachievement.bonus(rule.overachievementBonus(), direction, assignment.target(), actual));
            WeightPair weights = projected.rulebook().weights().forCategory(categories.get(assignment.unit()));
            BigDecimal total = pointsByUnit.get(assignment.unit());
            BigDecimal finalGain = earnedGain.multiply(weights.target()).multiply(HUNDRED)
                    .divide(total, MathContext.DECIMAL64).add(bonusGain).setScale(4, RoundingMode.HALF_UP);
            if (finalGain.signum() > 0) {
                gains.computeIfAbsent(assignment.unit(), unit -> new ArrayList<>())
                        .add(new EffortGain(assignment.indicator(), step.stripTrailingZeros(), finalGain));
            }
        }
        gains.replaceAll((unit, list) -> list.stream()
                .sorted(Comparator.comparing(EffortGain::finalScoreGain).reversed().thenComparing(EffortGain::indicator))
                .limit(top).toList());
        for (UnitRef unit : projected.units()) {
            gains.putIfAbsent(unit.code(), List.of());
        }
        return gains;
    }

    private static BigDecimal earned(IndividualMethod method, Direction direction, BigDecimal points,
                                     BigDecimal target, BigDecimal actual) {
        return method.score(Measurement.ofActual(direction, points, target, actual)).earned();
    }

    private static BigDecimal pointsOf(Assignment assignment, IndicatorRule rule) {
        return assignment.points() != null ? assignment.points() : rule.points();
    }
}
