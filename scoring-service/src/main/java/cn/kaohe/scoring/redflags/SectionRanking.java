package cn.kaohe.scoring.redflags;

import java.math.BigDecimal;
import java.util.List;

/** One section's quarterly ranking: each unit's section score (100 × earned ÷ points), rank and flag. */
public record SectionRanking(String section, String name, List<Entry> units) {

    public record Entry(String unit, BigDecimal score, int rank, Flag flag) {
    }
}
