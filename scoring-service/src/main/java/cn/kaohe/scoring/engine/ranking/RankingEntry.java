package cn.kaohe.scoring.engine.ranking;

import java.math.BigDecimal;

/** What ranks a unit: its reported (rounded) scores. */
public record RankingEntry(String unit, String category, BigDecimal finalScore, BigDecimal targetScore,
                           BigDecimal socialScore) {
}
