package cn.kaohe.evaluations.scores;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.evaluations.EvaluationApiTest;
import cn.kaohe.evaluations.SurveyFixture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seeded-random submissions, exclusions and reinstatements through the API: afterwards the stored
 * running aggregates equal an aggregate over the stored responses, and the scores the API reports
 * equal a from-scratch computation over those responses (trimming by sorting, not by min and max).
 */
class TallyConsistencyApiTest extends EvaluationApiTest {

    private static final String[] OPTIONS = {"SATISFIED", "FAIRLY_SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED",
            "UNKNOWN"};
    private static final String[] GROUPS = {"DEPUTIES", "UPPER_DEPTS", "PUBLIC", "SERVICE_USERS"};
    private static final Map<String, BigDecimal> WEIGHTS = Map.of("DEPUTIES", new BigDecimal("0.3"),
            "UPPER_DEPTS", new BigDecimal("0.2"), "PUBLIC", new BigDecimal("0.3"), "SERVICE_USERS", new BigDecimal("0.2"));
    private static final int MINIMUM = 3;
    private static final int TRIM_ABOVE = 4;

    private record Stored(String id, String unit, String group, BigDecimal score, boolean excluded, long version) {
    }

    @Test
    void runningAggregatesEqualTheStoredResponsesAfterRandomExclusionsAndReinstatements() throws SQLException {
        for (long seed = 11; seed <= 12; seed++) {
            Random random = new Random(seed);
            String survey = openSurvey(SurveyFixture.usual(freshCycle(), "RND").minimum(MINIMUM)
                    .set("trimAbove", TRIM_ABOVE));
            for (String group : GROUPS) {
                for (String token : tokens(survey, group, 4 + random.nextInt(5))) {
                    for (String unit : List.of("HANYIN", "SHIQUAN")) {
                        if (random.nextInt(4) > 0) {
                            boolean unknownOnly = random.nextInt(10) == 0;
                            String[] options = new String[3];
                            for (int q = 0; q < 3; q++) {
                                options[q] = unknownOnly ? "UNKNOWN" : OPTIONS[random.nextInt(OPTIONS.length)];
                            }
                            submitted(token, answers(unit, options));
                        }
                    }
                }
            }
            for (int step = 0; step < 25; step++) {
                List<Stored> stored = stored(survey);
                Stored pick = stored.get(random.nextInt(stored.size()));
                String path = SURVEYS + "/" + survey + "/responses/" + pick.id() + (pick.excluded() ? "/reinstatement"
                        : "/exclusion");
                ok(post("office", path, Map.of("reason", "随机核查 " + step, "version", pick.version())));
            }
            assertTalliesMatchTheResponses(survey);
            assertScoresMatchAFromScratchComputation(survey);
        }
    }

    private static List<Stored> stored(String survey) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (Connection db = TestPostgres.get().connect("evaluations"); PreparedStatement statement = db.prepareStatement(
                "SELECT id, unit_code, group_code, score, excluded, version FROM response WHERE survey_id = ?::uuid ORDER BY id")) {
            statement.setString(1, survey);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Stored(result.getString(1), result.getString(2), result.getString(3),
                            result.getBigDecimal(4), result.getBoolean(5), result.getLong(6)));
                }
            }
        }
        return rows;
    }

    private static void assertTalliesMatchTheResponses(String survey) throws SQLException {
        String fromScratch = """
                SELECT unit_code, group_code,
                       count(*) FILTER (WHERE NOT excluded AND score IS NOT NULL),
                       coalesce(sum(score) FILTER (WHERE NOT excluded), 0),
                       min(score) FILTER (WHERE NOT excluded), max(score) FILTER (WHERE NOT excluded),
                       count(*) FILTER (WHERE NOT excluded AND score IS NULL), count(*) FILTER (WHERE excluded)
                  FROM response WHERE survey_id = ?::uuid GROUP BY unit_code, group_code ORDER BY 1, 2""";
        String running = "SELECT unit_code, group_code, scored, score_sum, score_min, score_max, unscored, excluded"
                + " FROM unit_group_tally WHERE survey_id = ?::uuid ORDER BY 1, 2";
        assertThat(table(running, survey)).isEqualTo(table(fromScratch, survey));
        String answersFromScratch = """
                SELECT r.unit_code, r.group_code, a.question_code,
                       count(*) FILTER (WHERE a.points IS NOT NULL), count(*) FILTER (WHERE a.points IS NOT NULL AND a.satisfied),
                       coalesce(sum(a.points), 0), count(*) FILTER (WHERE a.points IS NULL)
                  FROM response r JOIN response_answer a ON a.response_id = r.id
                 WHERE r.survey_id = ?::uuid AND NOT r.excluded GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""";
        String answersRunning = "SELECT unit_code, group_code, question_code, pointed, satisfied, points_sum, unknown"
                + " FROM question_tally WHERE survey_id = ?::uuid AND (pointed + unknown) > 0 ORDER BY 1, 2, 3";
        assertThat(table(answersRunning, survey)).isEqualTo(table(answersFromScratch, survey));
    }

    private static List<List<String>> table(String sql, String survey) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection db = TestPostgres.get().connect("evaluations"); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, survey);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = result.getObject(c);
                        row.add(value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                                : String.valueOf(value));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private void assertScoresMatchAFromScratchComputation(String survey) throws SQLException {
        Map<String, Map<String, List<BigDecimal>>> valid = new TreeMap<>();
        for (Stored response : stored(survey)) {
            if (!response.excluded() && response.score() != null) {
                valid.computeIfAbsent(response.unit(), unit -> new HashMap<>())
                        .computeIfAbsent(response.group(), group -> new ArrayList<>()).add(response.score());
            }
        }
        Map<String, Object> scores = ok(as("office").get().uri(SURVEYS + "/" + survey + "/scores").exchange());
        for (Map<String, Object> unit : (List<Map<String, Object>>) scores.get("units")) {
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (Map<String, Object> group : (List<Map<String, Object>>) unit.get("groups")) {
                List<BigDecimal> sorted = new ArrayList<>(valid.getOrDefault((String) unit.get("unit"), Map.of())
                        .getOrDefault((String) group.get("group"), List.of()));
                sorted.sort(null);
                assertThat(group.get("validResponses")).isEqualTo(sorted.size());
                List<BigDecimal> kept = sorted.size() > TRIM_ABOVE ? sorted.subList(1, sorted.size() - 1) : sorted;
                BigDecimal mean = kept.isEmpty() ? null : Decimals.divide(kept.stream().reduce(BigDecimal.ZERO,
                        BigDecimal::add), BigDecimal.valueOf(kept.size()));
                assertThat(number(group.get("score"))).isEqualTo(mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP));
                if (sorted.size() >= MINIMUM) {
                    weighted = weighted.add(WEIGHTS.get((String) group.get("group")).multiply(mean));
                    weights = weights.add(WEIGHTS.get((String) group.get("group")));
                }
            }
            BigDecimal expected = weights.signum() == 0 ? null
                    : Decimals.divide(weighted, weights).setScale(2, RoundingMode.HALF_UP);
            assertThat(number(unit.get("score"))).as("unit %s", unit.get("unit")).isEqualTo(expected);
        }
    }

    private static BigDecimal number(Object json) {
        return json == null ? null : new BigDecimal(json.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
