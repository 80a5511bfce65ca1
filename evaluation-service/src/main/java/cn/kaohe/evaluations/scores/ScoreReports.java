package cn.kaohe.evaluations.scores;

import cn.kaohe.evaluations.surveys.RatedUnit;
import cn.kaohe.evaluations.surveys.Survey;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Every unit's scores of a survey from the running tallies alone (a few rows per unit, never the responses). */
@Component
public class ScoreReports {

    private final DatabaseClient db;

    ScoreReports(DatabaseClient db) {
        this.db = db;
    }

    /** Each unit some group rates, in the survey's order; {@code only} narrows to one unit (null: all). */
    public Mono<List<UnitScores>> units(Survey survey, String only) {
        return Mono.zip(groupTallies(survey.id(), only), answerTallies(survey.id(), only)).map(tallies -> {
            List<RatedUnit> units = survey.definition().units().stream()
                    .filter(unit -> only == null || unit.code().equals(only)).toList();
            return units.stream().map(unit -> SocialScoreCalculator.unit(survey.definition(), unit,
                    tallies.getT1().getOrDefault(unit.code(), Map.of()),
                    tallies.getT2().getOrDefault(unit.code(), Map.of()))).toList();
        });
    }

    /** unit → group → tally */
    private Mono<Map<String, Map<String, GroupTally>>> groupTallies(UUID survey, String only) {
        return db.sql("SELECT unit_code, group_code, scored, score_sum, score_min, score_max, unscored, excluded, flagged"
                        + " FROM unit_group_tally WHERE survey_id = :survey AND (:unit::varchar IS NULL OR unit_code = :unit)")
                .bind("survey", survey).bind("unit", Parameter.fromOrEmpty(only, String.class))
                .map((row, meta) -> Map.entry(new String[] {row.get("unit_code", String.class),
                        row.get("group_code", String.class)}, new GroupTally(row.get("scored", Integer.class),
                        row.get("score_sum", BigDecimal.class), row.get("score_min", BigDecimal.class),
                        row.get("score_max", BigDecimal.class), row.get("unscored", Integer.class),
                        row.get("excluded", Integer.class), row.get("flagged", Integer.class))))
                .all()
                .collect(HashMap::new, (all, entry) -> all.computeIfAbsent(entry.getKey()[0], unit -> new HashMap<>())
                        .put(entry.getKey()[1], entry.getValue()));
    }

    /** unit → group → question → tally */
    private Mono<Map<String, Map<String, Map<String, AnswerTally>>>> answerTallies(UUID survey, String only) {
        return db.sql("SELECT unit_code, group_code, question_code, pointed, satisfied, points_sum, unknown"
                        + " FROM question_tally WHERE survey_id = :survey AND (:unit::varchar IS NULL OR unit_code = :unit)")
                .bind("survey", survey).bind("unit", Parameter.fromOrEmpty(only, String.class))
                .map((row, meta) -> Map.entry(new String[] {row.get("unit_code", String.class),
                        row.get("group_code", String.class), row.get("question_code", String.class)},
                        new AnswerTally(row.get("pointed", Integer.class), row.get("satisfied", Integer.class),
                                row.get("points_sum", BigDecimal.class), row.get("unknown", Integer.class))))
                .all()
                .collect(HashMap::new, (all, entry) -> all.computeIfAbsent(entry.getKey()[0], unit -> new HashMap<>())
                        .computeIfAbsent(entry.getKey()[1], group -> new HashMap<>())
                        .put(entry.getKey()[2], entry.getValue()));
    }
}
