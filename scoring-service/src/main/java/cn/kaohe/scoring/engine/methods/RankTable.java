package cn.kaohe.scoring.engine.methods;

import java.math.BigDecimal;
import java.util.List;

/** mode TABLE: the points of the rank's row (第1名6分、第2名5.5分…), {@code rest} beyond the table. */
public record RankTable(List<BigDecimal> table, BigDecimal rest) implements RankAward {

    public RankTable {
        table = List.copyOf(table);
    }

    @Override
    public BigDecimal earned(Measurement member, int rank, BigDecimal best) {
        return rank <= table.size() ? table.get(rank - 1) : rest;
    }
}
