package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.math.CompetitionRanks;
import cn.kaohe.scoring.engine.scenario.Direction;
import cn.kaohe.scoring.engine.scenario.PeerGroup;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * RANK (排名赋分): units are ranked by their actual value within a peer group, best first, equal
 * values sharing the better rank; the award turns the rank into points.
 */
public record Rank(PeerGroup peerGroup, RankAward award) implements ScoringMethod {

    /**
     * Scores one peer group: the units that have an assignment and a value for the indicator (all
     * of them, or those of one category). Units without a value are not part of it.
     *
     * @return the scores, aligned with {@code members}
     */
    public List<IndicatorScore> scorePeerGroup(Direction direction, List<Measurement> members) {
        Comparator<Integer> bestFirst = Comparator.comparing(i -> members.get(i).actual());
        if (direction == Direction.HIGHER_BETTER) {
            bestFirst = bestFirst.reversed();
        }
        Integer[] order = new Integer[members.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, bestFirst);
        int[] ranks = CompetitionRanks.of(Arrays.asList(order), bestFirst);

        IndicatorScore[] scores = new IndicatorScore[members.size()];
        BigDecimal best = order.length == 0 ? null : members.get(order[0]).actual();
        for (int position = 0; position < order.length; position++) {
            Measurement member = members.get(order[position]);
            int rank = ranks[position];
            scores[order[position]] = IndicatorScore.ranked(award.earned(member, rank, best), rank);
        }
        return Arrays.asList(scores);
    }
}
