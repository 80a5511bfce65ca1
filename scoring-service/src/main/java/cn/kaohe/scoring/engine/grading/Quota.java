package cn.kaohe.scoring.engine.grading;

import cn.kaohe.scoring.engine.ranking.Standing;
import java.util.List;
import java.util.function.ToIntFunction;

/** An excellence quota: the first {@code slots} candidates, plus any sharing the rank of the last. */
final class Quota {
    private Quota() {
    }

    /**
     * @param candidates in rank order
     * @param rank       the rank that decides ties (overall or in category)
     */
    static List<Standing> firstWithTies(List<Standing> candidates, int slots, ToIntFunction<Standing> rank) {
        if (slots <= 0) {
            return List.of();
        }
        if (candidates.size() <= slots) {
            return candidates;
        }
        int lastRank = rank.applyAsInt(candidates.get(slots - 1));
        int end = slots;
        while (end < candidates.size() && rank.applyAsInt(candidates.get(end)) == lastRank) {
            end++;
        }
        return candidates.subList(0, end);
    }
}
