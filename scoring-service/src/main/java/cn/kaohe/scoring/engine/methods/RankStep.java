package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.math.Decimals;
import java.math.BigDecimal;

/** mode STEP: full points for the first, {@code step} less for each rank below, not below zero. */
public record RankStep(BigDecimal step) implements RankAward {

    @Override
    public BigDecimal earned(Measurement member, int rank, BigDecimal best) {
        BigDecimal lost = step.multiply(BigDecimal.valueOf(rank - 1L));
        return Decimals.max(BigDecimal.ZERO, member.points().subtract(lost));
    }
}
