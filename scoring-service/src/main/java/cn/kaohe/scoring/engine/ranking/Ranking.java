package cn.kaohe.scoring.engine.ranking;

import cn.kaohe.scoring.engine.math.CompetitionRanks;
import cn.kaohe.scoring.engine.scenario.TieBreaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks units by rounded final score, descending, then by each tie-breaker in turn (rounded,
 * descending). Units still equal share the better rank; they are listed by unit code.
 */
public final class Ranking {
    private Ranking() {
    }

    /** @return the standings in {@code rankOverall} order, ties by unit code */
    public static List<Standing> rank(List<RankingEntry> entries, List<TieBreaker> tieBreakers) {
        Comparator<RankingEntry> bestFirst = bestFirst(tieBreakers);
        List<RankingEntry> ordered = new ArrayList<>(entries);
        ordered.sort(bestFirst.thenComparing(RankingEntry::unit));

        int[] overall = CompetitionRanks.of(ordered, bestFirst);
        Map<String, Integer> inCategory = ranksInCategory(ordered, bestFirst);

        List<Standing> standings = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            RankingEntry entry = ordered.get(i);
            standings.add(new Standing(entry, overall[i], inCategory.get(entry.unit())));
        }
        return standings;
    }

    private static Comparator<RankingEntry> bestFirst(List<TieBreaker> tieBreakers) {
        Comparator<RankingEntry> order = Comparator.comparing(RankingEntry::finalScore).reversed();
        for (TieBreaker tieBreaker : tieBreakers) {
            order = order.thenComparing(switch (tieBreaker) {
                case TARGET_SCORE -> Comparator.comparing(RankingEntry::targetScore).reversed();
                case SOCIAL_SCORE -> Comparator.comparing(RankingEntry::socialScore).reversed();
            });
        }
        return order;
    }

    /** The overall order restricted to a category is the category's order. */
    private static Map<String, Integer> ranksInCategory(List<RankingEntry> ordered,
                                                              Comparator<RankingEntry> bestFirst) {
        Map<String, List<RankingEntry>> byCategory = new LinkedHashMap<>();
        for (RankingEntry entry : ordered) {
            byCategory.computeIfAbsent(entry.category(), category -> new ArrayList<>()).add(entry);
        }
        Map<String, Integer> ranksByUnit = new HashMap<>();
        for (List<RankingEntry> members : byCategory.values()) {
            int[] categoryRanks = CompetitionRanks.of(members, bestFirst);
            for (int i = 0; i < members.size(); i++) {
                ranksByUnit.put(members.get(i).unit(), categoryRanks[i]);
            }
        }
        return ranksByUnit;
    }
}
