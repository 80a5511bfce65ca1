package cn.kaohe.scoring.forecast;

import cn.kaohe.scoring.engine.result.UnitResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 防止被反超: the units whose projected final score lies within {@code distance} points below a
 * unit (they may overtake it) and above it (it may overtake them).
 */
public final class RankRisk {

    /** A neighbour and how far its projected final score is from the unit's (positive: above). */
    public record Neighbour(String unit, BigDecimal projectedFinal, BigDecimal gap) {
    }

    public record Neighbours(List<Neighbour> above, List<Neighbour> below) {
    }

    private RankRisk() {
    }

    /** @param ranked the result's units in rank order */
    public static Neighbours around(List<UnitResult> ranked, int index, BigDecimal distance) {
        UnitResult unit = ranked.get(index);
        List<Neighbour> above = new ArrayList<>();
        for (int i = index - 1; i >= 0; i--) {
            BigDecimal gap = ranked.get(i).finalScore().subtract(unit.finalScore());
            if (gap.compareTo(distance) > 0) {
                break;
            }
            above.add(new Neighbour(ranked.get(i).unit(), ranked.get(i).finalScore(), gap));
        }
        List<Neighbour> below = new ArrayList<>();
        for (int i = index + 1; i < ranked.size(); i++) {
            BigDecimal gap = ranked.get(i).finalScore().subtract(unit.finalScore());
            if (gap.negate().compareTo(distance) > 0) {
                break;
            }
            below.add(new Neighbour(ranked.get(i).unit(), ranked.get(i).finalScore(), gap));
        }
        return new Neighbours(above, below);
    }
}
