package cn.kaohe.scoring.engine.methods;

import java.math.BigDecimal;

/** Turns a unit's rank in its peer group into points (the RANK method's {@code mode}). */
public sealed interface RankAward permits RankTable, RankStep, RankProportional {

    /**
     * @param member the unit's measurement (it has a value)
     * @param rank   its competition rank in the peer group, 1 = best
     * @param best   the best actual value of the peer group
     */
    BigDecimal earned(Measurement member, int rank, BigDecimal best);
}
