package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;

/** 超额完成加分: points per point of overachievement, up to a cap. */
public record OverachievementBonus(BonusBasis basis, BigDecimal perPoint, BigDecimal cap) {

    public BonusBasis basisOrDefault() {
        return basis == null ? BonusBasis.RATIO : basis;
    }
}
