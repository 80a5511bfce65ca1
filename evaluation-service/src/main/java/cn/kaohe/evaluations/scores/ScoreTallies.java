package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the running aggregates in the database, in the caller's transaction, by the rules of
 * {@link GroupTally} and {@link AnswerTally}. Lock order everywhere: the unit × group row, then its
 * question rows in question order, so concurrent writers never deadlock.
 */
@Component
public class ScoreTallies {

    /** Which tallies a response belongs to. */
    public record Key(UUID survey, String unit, String group) {
    }

    private static final String ANSWERS = "unnest(:questions::varchar[], :pointed::int[], :satisfied::int[],"
            + " :points::varchar[], :unknown::int[]) AS x(q, p, s, ps, u)";

    private final DatabaseClient db;

    ScoreTallies(DatabaseClient db) {
        this.db = db;
    }

    /** A new response: counts in, extremes widened; {@code flagged} ones are also counted as such. */
    public Mono<Void> add(Key key, BigDecimal score, List<TalliedAnswer> answers, boolean flagged) {
        return db.sql("INSERT INTO unit_group_tally AS t (survey_id, unit_code, group_code, scored, score_sum, score_min,"
                        + " score_max, unscored, flagged) VALUES (:survey, :unit, :group, :scored, :sum, :score, :score,"
                        + " :unscored, :flagged)"
                        + " ON CONFLICT (survey_id, unit_code, group_code) DO UPDATE SET"
                        + " scored = t.scored + EXCLUDED.scored, score_sum = t.score_sum + EXCLUDED.score_sum,"
                        + " score_min = LEAST(t.score_min, EXCLUDED.score_min),"
                        + " score_max = GREATEST(t.score_max, EXCLUDED.score_max),"
                        + " unscored = t.unscored + EXCLUDED.unscored, flagged = t.flagged + EXCLUDED.flagged")
                .bind("survey", key.survey()).bind("unit", key.unit()).bind("group", key.group())
                .bind("scored", score == null ? 0 : 1).bind("sum", score == null ? BigDecimal.ZERO : score)
                .bind("score", Parameter.fromOrEmpty(score, BigDecimal.class))
                .bind("unscored", score == null ? 1 : 0).bind("flagged", flagged ? 1 : 0)
                .fetch().rowsUpdated()
                .then(answers(key, answers, 1));
    }

    /**
     * An excluded response counts out. Its score may have been an extreme: {@code remaining} reads the
     * extremes of the valid responses left, after this has locked the unit × group row, so that no
     * concurrent response slips between the read and the update.
     */
    public Mono<Void> exclude(Key key, BigDecimal score, List<TalliedAnswer> answers, boolean flagged,
                              Supplier<Mono<Extremes>> remaining) {
        return move(key, score, answers, flagged, -1, remaining);
    }

    /** A reinstated response counts in again; the extremes are read again as for an exclusion. */
    public Mono<Void> reinstate(Key key, BigDecimal score, List<TalliedAnswer> answers, boolean flagged,
                                Supplier<Mono<Extremes>> remaining) {
        return move(key, score, answers, flagged, 1, remaining);
    }

    private Mono<Void> move(Key key, BigDecimal score, List<TalliedAnswer> answers, boolean flagged, int sign,
                            Supplier<Mono<Extremes>> remaining) {
        Mono<Long> lock = db.sql("SELECT 1 AS locked FROM unit_group_tally WHERE survey_id = :survey AND unit_code = :unit"
                        + " AND group_code = :group FOR UPDATE")
                .bind("survey", key.survey()).bind("unit", key.unit()).bind("group", key.group())
                .map((row, meta) -> 1L).one();
        return lock.then(Mono.defer(remaining))
                .flatMap(extremes -> db.sql("UPDATE unit_group_tally SET scored = scored + :scored,"
                                + " score_sum = score_sum + :sum, unscored = unscored + :unscored,"
                                + " excluded = excluded - :sign, flagged = flagged + :flagged, score_min = :min,"
                                + " score_max = :max"
                                + " WHERE survey_id = :survey AND unit_code = :unit AND group_code = :group")
                        .bind("survey", key.survey()).bind("unit", key.unit()).bind("group", key.group())
                        .bind("scored", score == null ? 0 : sign)
                        .bind("sum", score == null ? BigDecimal.ZERO : score.multiply(BigDecimal.valueOf(sign)))
                        .bind("unscored", score == null ? sign : 0).bind("sign", sign).bind("flagged", flagged ? sign : 0)
                        .bind("min", Parameter.fromOrEmpty(extremes.min(), BigDecimal.class))
                        .bind("max", Parameter.fromOrEmpty(extremes.max(), BigDecimal.class))
                        .fetch().rowsUpdated())
                .then(answers(key, answers, sign));
    }

    private Mono<Void> answers(Key key, List<TalliedAnswer> answers, int sign) {
        int n = answers.size();
        String[] questions = new String[n];
        Integer[] pointed = new Integer[n];
        Integer[] satisfied = new Integer[n];
        String[] points = new String[n];
        Integer[] unknown = new Integer[n];
        for (int i = 0; i < n; i++) {
            TalliedAnswer answer = answers.get(i);
            questions[i] = answer.question();
            boolean hasPoints = answer.points() != null;
            pointed[i] = hasPoints ? sign : 0;
            satisfied[i] = hasPoints && answer.satisfied() ? sign : 0;
            points[i] = hasPoints ? answer.points().multiply(BigDecimal.valueOf(sign)).toPlainString() : "0";
            unknown[i] = hasPoints ? 0 : sign;
        }
        // Counting out is a plain update: the rows exist, and an insert of negative counts would fail the
        // checks before its conflict is seen.
        String sql = sign > 0
                ? "INSERT INTO question_tally AS t (survey_id, unit_code, group_code, question_code, pointed,"
                        + " satisfied, points_sum, unknown) SELECT :survey, :unit, :group, q, p, s, ps::numeric, u"
                        + " FROM " + ANSWERS
                        + " ON CONFLICT (survey_id, unit_code, group_code, question_code) DO UPDATE SET"
                        + " pointed = t.pointed + EXCLUDED.pointed, satisfied = t.satisfied + EXCLUDED.satisfied,"
                        + " points_sum = t.points_sum + EXCLUDED.points_sum, unknown = t.unknown + EXCLUDED.unknown"
                : "UPDATE question_tally t SET pointed = t.pointed + x.p, satisfied = t.satisfied + x.s,"
                        + " points_sum = t.points_sum + x.ps::numeric, unknown = t.unknown + x.u FROM " + ANSWERS
                        + " WHERE t.survey_id = :survey AND t.unit_code = :unit AND t.group_code = :group"
                        + " AND t.question_code = x.q";
        return db.sql(sql)
                .bind("survey", key.survey()).bind("unit", key.unit()).bind("group", key.group())
                .bind("questions", questions).bind("pointed", pointed).bind("satisfied", satisfied)
                .bind("points", points).bind("unknown", unknown)
                .fetch().rowsUpdated().then();
    }
}
