package cn.kaohe.scoring.engine.math;

import java.util.Comparator;
import java.util.List;

/** Standard competition ranking: equal entries share the better rank (1, 2, 2, 4). */
public final class CompetitionRanks {
    private CompetitionRanks() {
    }

    /**
     * @param bestFirst entries already sorted best first
     * @param tie       compares only what makes two entries equal (0 = they share a rank)
     * @return the rank of each entry, aligned with {@code bestFirst}
     */
    public static <T> int[] of(List<T> bestFirst, Comparator<? super T> tie) {
        int[] ranks = new int[bestFirst.size()];
        for (int i = 0; i < ranks.length; i++) {
            boolean sharesPrevious = i > 0 && tie.compare(bestFirst.get(i - 1), bestFirst.get(i)) == 0;
            ranks[i] = sharesPrevious ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }
}
