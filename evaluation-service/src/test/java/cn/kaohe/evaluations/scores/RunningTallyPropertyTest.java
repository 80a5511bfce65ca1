package cn.kaohe.evaluations.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded-random sequences of arrivals, exclusions and reinstatements: the running tallies, updated
 * by their rules step by step (extremes re-read from the remaining responses on every exclusion, as the
 * database does from its index), always equal a computation from scratch over the responses.
 */
class RunningTallyPropertyTest {

    private static final BigDecimal[] POINTS = {BigDecimal.valueOf(100), BigDecimal.valueOf(80), BigDecimal.valueOf(60),
            BigDecimal.ZERO, null};

    /** A stored response: its answers' points (null = 不了解), score, and whether it is excluded. */
    private static final class Stored {
        final List<BigDecimal> answers;
        final List<Boolean> satisfied;
        final BigDecimal score;
        boolean excluded;

        Stored(List<BigDecimal> answers, List<Boolean> satisfied) {
            this.answers = answers;
            this.satisfied = satisfied;
            this.score = ResponseScore.of(answers.stream().map(points -> new WeightedPoints(BigDecimal.ONE, points)).toList());
        }
    }

    @Test
    void runningTalliesEqualAFromScratchComputationAfterEveryStep() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            int trimAbove = new int[] {0, 2, 5, 10}[random.nextInt(4)];
            int questions = 1 + random.nextInt(4);
            List<Stored> stored = new ArrayList<>();
            GroupTally tally = GroupTally.EMPTY;
            List<AnswerTally> answerTallies = new ArrayList<>();
            for (int q = 0; q < questions; q++) {
                answerTallies.add(AnswerTally.EMPTY);
            }
            int steps = 20 + random.nextInt(120);
            for (int step = 0; step < steps; step++) {
                int action = random.nextInt(10);
                if (action < 6 || stored.isEmpty()) {
                    Stored response = arrival(random, questions);
                    stored.add(response);
                    tally = tally.plus(response.score);
                    count(answerTallies, response, 1);
                } else {
                    Stored response = stored.get(random.nextInt(stored.size()));
                    if (!response.excluded) {
                        response.excluded = true;
                        Extremes left = extremes(stored);
                        tally = tally.minus(response.score, left.min(), left.max());
                        count(answerTallies, response, -1);
                    } else {
                        response.excluded = false;
                        tally = tally.reinstated(response.score);
                        count(answerTallies, response, 1);
                    }
                }
                assertSameAsFromScratch(seed, step, tally, answerTallies, stored, trimAbove);
            }
        }
    }

    private static Stored arrival(Random random, int questions) {
        List<BigDecimal> answers = new ArrayList<>();
        List<Boolean> satisfied = new ArrayList<>();
        boolean allUnknown = random.nextInt(8) == 0;
        for (int q = 0; q < questions; q++) {
            BigDecimal points = allUnknown ? null : POINTS[random.nextInt(POINTS.length)];
            answers.add(points);
            satisfied.add(points != null && points.signum() > 0);
        }
        return new Stored(answers, satisfied);
    }

    private static void count(List<AnswerTally> tallies, Stored response, int sign) {
        for (int q = 0; q < tallies.size(); q++) {
            tallies.set(q, tallies.get(q).with(response.answers.get(q), response.satisfied.get(q), sign));
        }
    }

    private static Extremes extremes(List<Stored> stored) {
        List<BigDecimal> valid = valid(stored);
        return valid.isEmpty() ? new Extremes(null, null) : new Extremes(valid.get(0), valid.get(valid.size() - 1));
    }

    private static List<BigDecimal> valid(List<Stored> stored) {
        return stored.stream().filter(response -> !response.excluded && response.score != null).map(response -> response.score)
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static void assertSameAsFromScratch(long seed, int step, GroupTally tally, List<AnswerTally> answerTallies,
                                                List<Stored> stored, int trimAbove) {
        String at = "seed " + seed + " step " + step;
        List<BigDecimal> valid = valid(stored);
        assertThat(tally.scored()).as(at).isEqualTo(valid.size());
        assertThat(tally.unscored()).as(at).isEqualTo(stored.stream().filter(r -> !r.excluded && r.score == null).count());
        assertThat(tally.excluded()).as(at).isEqualTo(stored.stream().filter(r -> r.excluded).count());
        List<BigDecimal> kept = trimAbove > 0 && valid.size() > trimAbove ? valid.subList(1, valid.size() - 1) : valid;
        BigDecimal expected = kept.isEmpty() ? null : Decimals.divide(kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                BigDecimal.valueOf(kept.size()));
        if (expected == null) {
            assertThat(tally.score(trimAbove)).as(at).isNull();
        } else {
            assertThat(tally.score(trimAbove)).as(at).isEqualByComparingTo(expected);
        }
        for (int q = 0; q < answerTallies.size(); q++) {
            int question = q;
            List<Stored> counted = stored.stream().filter(r -> !r.excluded).toList();
            long pointed = counted.stream().filter(r -> r.answers.get(question) != null).count();
            long satisfied = counted.stream().filter(r -> r.satisfied.get(question)).count();
            long unknown = counted.stream().filter(r -> r.answers.get(question) == null).count();
            BigDecimal sum = counted.stream().map(r -> r.answers.get(question)).filter(p -> p != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            AnswerTally answers = answerTallies.get(q);
            assertThat(answers.pointed()).as(at).isEqualTo(pointed);
            assertThat(answers.satisfied()).as(at).isEqualTo(satisfied);
            assertThat(answers.unknown()).as(at).isEqualTo(unknown);
            assertThat(answers.pointsSum()).as(at).isEqualByComparingTo(sum);
        }
    }
}
