package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;

/** The unit's social evaluation score (社会评价, 0–100). */
public record SocialScore(String unit, BigDecimal score) {
}
