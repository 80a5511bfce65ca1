package cn.kaohe.indicators.system;

import cn.kaohe.indicators.rulebook.IndicatorScoring;
import cn.kaohe.indicators.rulebook.PointsSource;
import cn.kaohe.indicators.rulebook.RulebookPoints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the tree with how the cycle's latest rulebook scores it (read from the scoring service,
 * never stored here): {@code points}, {@code scoringDirection} and {@code methodType} of its rulebook
 * entry; a section or parent without an entry shows the sum of its children's points. When there are
 * none, {@code points} is null and {@code pointsSource} says why.
 */
public record ScoredIndicator(String cycle, String code, String parent, IndicatorLevel level, String name,
                              String unitOfMeasure, Direction direction, String leadDepartment, Frequency frequency,
                              List<BigDecimal> schedule, int position, long version, BigDecimal points,
                              String scoringDirection, String methodType, Integer rulebookVersion,
                              PointsSource pointsSource) {

    /** The tree's nodes in their order, each with its points. */
    public static List<ScoredIndicator> of(List<Indicator> tree, RulebookPoints rulebook) {
        Map<String, List<String>> children = new HashMap<>();
        for (Indicator node : tree) {
            if (node.parent() != null) {
                children.computeIfAbsent(node.parent(), parent -> new ArrayList<>()).add(node.code());
            }
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        List<ScoredIndicator> scored = new ArrayList<>(tree.size());
        for (Indicator node : tree) {
            scored.add(of(node, rulebook, points(node.code(), rulebook, children, sums)));
        }
        return scored;
    }

    public static ScoredIndicator of(Indicator node, RulebookPoints rulebook) {
        return of(node, rulebook, points(node.code(), rulebook, Map.of(), new HashMap<>()));
    }

    private static ScoredIndicator of(Indicator node, RulebookPoints rulebook, BigDecimal points) {
        IndicatorScoring entry = rulebook.byCode().get(node.code());
        PointsSource source = !rulebook.isRead() ? rulebook.status()
                : entry != null ? PointsSource.RULEBOOK
                : points != null ? PointsSource.SUM_OF_CHILDREN : PointsSource.NOT_IN_RULEBOOK;
        return new ScoredIndicator(node.cycle(), node.code(), node.parent(), node.level(), node.name(),
                node.unitOfMeasure(), node.direction(), node.leadDepartment(), node.frequency(), node.schedule(),
                node.position(), node.version(), points, entry == null ? null : entry.direction(),
                entry == null ? null : entry.methodType(), rulebook.version(), source);
    }

    /** The node's own rulebook points, else the sum over its children that have points (memoised in {@code sums}). */
    private static BigDecimal points(String code, RulebookPoints rulebook, Map<String, List<String>> children,
                                     Map<String, BigDecimal> sums) {
        IndicatorScoring entry = rulebook.byCode().get(code);
        if (entry != null) {
            return entry.points();
        }
        if (sums.containsKey(code)) {
            return sums.get(code);
        }
        BigDecimal sum = null;
        for (String child : children.getOrDefault(code, List.of())) {
            BigDecimal points = points(child, rulebook, children, sums);
            if (points != null) {
                sum = sum == null ? points : sum.add(points);
            }
        }
        sums.put(code, sum);
        return sum;
    }
}
