package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.scenario.Direction;
import java.math.BigDecimal;

/**
 * mode PROPORTIONAL: points in proportion to the best value of the peer group. Higher is better:
 * P × A / best (0 when A ≤ 0 or best ≤ 0). Lower is better: P × best / A (P when A ≤ 0), not below
 * zero when the best value itself is negative.
 */
public record RankProportional() implements RankAward {

    @Override
    public BigDecimal earned(Measurement member, int rank, BigDecimal best) {
        BigDecimal actual = member.actual();
        BigDecimal points = member.points();
        if (member.direction() == Direction.HIGHER_BETTER) {
            if (actual.signum() <= 0 || best.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            return Decimals.divide(points.multiply(actual), best);
        }
        if (actual.signum() <= 0) {
            return points;
        }
        return Decimals.max(BigDecimal.ZERO, Decimals.divide(points.multiply(best), actual));
    }
}
