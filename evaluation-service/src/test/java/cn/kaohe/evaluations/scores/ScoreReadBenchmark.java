package cn.kaohe.evaluations.scores;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.TestKeycloak;
import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.evaluations.EvaluationApiTest;
import cn.kaohe.evaluations.SurveyFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (the name is no test name surefire picks up): bench/evaluation-scores.sh runs it.
 * Stores {@code kaohe.bench.responses} responses (100 units × 4 groups, five answers each, every option of the
 * scale) directly in the database, brings the running aggregates to what they would be had each arrived through
 * the API (one aggregate pass, the same a from-scratch scan computes), then adds a few hundred real submissions
 * through the API on top. It then times reading every unit's scores over HTTP against the full-scan SQL
 * aggregate over the stored responses that the running aggregates spare, in the same run.
 */
class ScoreReadBenchmark extends EvaluationApiTest {

    private static final int UNITS = 100;
    private static final int API_SUBMISSIONS = 200;
    private static final String OPTION = "(ARRAY['SATISFIED','SATISFIED','SATISFIED','SATISFIED','FAIRLY_SATISFIED',"
            + "'FAIRLY_SATISFIED','BASICALLY_SATISFIED','BASICALLY_SATISFIED','DISSATISFIED','UNKNOWN'])[p + 1]";
    private static final String POINTS = "(ARRAY[100,100,100,100,80,80,60,60,0,NULL]::numeric[])[p + 1]";
    /** What reading the scores would cost without the running aggregates: every response and answer, grouped. */
    private static final String[] FULL_SCAN = {
        "SELECT unit_code, group_code, count(score), sum(score), min(score), max(score),"
                + " count(*) FILTER (WHERE score IS NULL) FROM response WHERE survey_id = ?::uuid AND NOT excluded"
                + " GROUP BY unit_code, group_code",
        "SELECT r.unit_code, r.group_code, a.question_code, count(a.points), count(*) FILTER (WHERE a.satisfied),"
                + " sum(a.points), count(*) FILTER (WHERE a.points IS NULL) FROM response r JOIN response_answer a"
                + " ON a.response_id = r.id WHERE r.survey_id = ?::uuid AND NOT r.excluded"
                + " GROUP BY r.unit_code, r.group_code, a.question_code"};

    @Test
    @SuppressWarnings("unchecked")
    void readsEveryUnitsScoresWithoutScanningTheResponses() throws Exception {
        int responses = Integer.getInteger("kaohe.bench.responses", 1_000_000);
        int rounds = Integer.getInteger("kaohe.bench.rounds", 50);
        String cycle = freshCycle();
        List<String> units = IntStream.rangeClosed(1, UNITS).mapToObj(i -> String.format("U%03d", i)).toList();
        SurveyFixture fixture = SurveyFixture.bare(cycle, "SCALE");
        for (int q = 1; q <= 5; q++) {
            fixture.question("Q" + q, "问题" + q, null);
        }
        String survey = openSurvey(fixture.group("DEPUTIES", "两代表一委员", "0.3", null, units)
                .group("UPPER_DEPTS", "上级对口部门", "0.2", null, units)
                .group("PUBLIC", "群众", "0.3", null, units)
                .group("SERVICE_USERS", "服务对象", "0.2", null, units));
        long start = System.nanoTime();
        try (Connection db = TestPostgres.get().connect("evaluations")) {
            store(db, survey, responses);
        }
        System.out.printf("bench: stored %,d responses with 5 answers each and their aggregates in %.1f s%n", responses,
                (System.nanoTime() - start) / 1e9);
        List<String> tokens = tokens(survey, "PUBLIC", API_SUBMISSIONS / 10);
        for (int i = 0; i < API_SUBMISSIONS; i++) {
            submitted(tokens.get(i / 10), answers(units.get(i % UNITS), "SATISFIED", "FAIRLY_SATISFIED", "UNKNOWN",
                    "DISSATISFIED", "BASICALLY_SATISFIED"));
        }
        String social = "/api/evaluations/v1/cycles/" + cycle + "/social-scores";
        String full = SURVEYS + "/" + survey + "/scores";
        long[] counted = scannedCounts(survey);
        Map<String, Object> report = read(get(full).body());
        long apiValid = ((List<Map<String, Object>>) report.get("units")).stream()
                .flatMap(unit -> ((List<Map<String, Object>>) unit.get("groups")).stream())
                .mapToLong(group -> ((Number) group.get("validResponses")).longValue()).sum();
        assertThat(apiValid).as("the running aggregates count what the scan counts").isEqualTo(counted[0]);
        assertThat(counted[0] + counted[1]).isEqualTo(responses + API_SUBMISSIONS);
        System.out.printf("bench: %,d responses stored (%,d with a score), %,d answers%n", counted[0] + counted[1],
                counted[0], counted[2]);

        double[] socialTimes = time(social, rounds);
        double[] fullTimes = time(full, rounds);
        double[] scanTimes = new double[Math.max(3, rounds / 10)];
        try (Connection db = TestPostgres.get().connect("evaluations")) {
            for (int i = 0; i < scanTimes.length; i++) {
                long t = System.nanoTime();
                for (String sql : FULL_SCAN) {
                    try (PreparedStatement scan = db.prepareStatement(sql)) {
                        scan.setString(1, survey);
                        try (ResultSet rows = scan.executeQuery()) {
                            while (rows.next()) {
                                rows.getObject(4);
                            }
                        }
                    }
                }
                scanTimes[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        report("GET /cycles/{cycle}/social-scores (scoring contract, 100 units)", socialTimes, get(social).body().length());
        report("GET /surveys/{id}/scores (every unit, group and question)", fullTimes, get(full).body().length());
        report("full-scan SQL aggregate over response and response_answer", scanTimes, 0);
        System.out.printf("bench: median full scan / median social-scores read = %.0f×%n",
                median(scanTimes) / median(socialTimes));
    }

    /** Responses, their answers and the aggregates, each in one set-based statement. */
    private static void store(Connection db, String survey, int responses) throws Exception {
        try (var statement = db.createStatement()) {
            statement.execute("CREATE TEMP TABLE bench_gen AS SELECT g, gen_random_uuid() AS id,"
                    + " 'U' || lpad((1 + g % " + UNITS + ")::text, 3, '0') AS unit,"
                    + " (ARRAY['DEPUTIES','UPPER_DEPTS','PUBLIC','SERVICE_USERS'])[1 + (g / " + UNITS + ") % 4] AS grp,"
                    + " ARRAY[(g * 7 + g % 97) % 10, (g * 13 + g % 89) % 10, (g * 17) % 10, (g * 3 + g % 7) % 10,"
                    + " (g * 11 + g % 83) % 10] AS picks FROM generate_series(1, " + responses + ") g");
            statement.execute("INSERT INTO response (id, survey_id, group_code, unit_code, submitted_at, score)"
                    + " SELECT id, '" + survey + "'::uuid, grp, unit, now() - g * interval '1 second',"
                    + " (SELECT round(avg(" + POINTS + "), 20) FROM unnest(picks) p) FROM bench_gen");
            statement.execute("INSERT INTO response_answer (response_id, question_code, option_code, points, satisfied)"
                    + " SELECT id, 'Q' || i, " + OPTION + ", " + POINTS + ", p < 8"
                    + " FROM bench_gen, unnest(picks) WITH ORDINALITY AS x(p, i)");
            statement.execute("INSERT INTO unit_group_tally (survey_id, unit_code, group_code, scored, score_sum,"
                    + " score_min, score_max, unscored) SELECT survey_id, unit_code, group_code, count(score),"
                    + " coalesce(sum(score), 0), min(score), max(score), count(*) FILTER (WHERE score IS NULL)"
                    + " FROM response WHERE survey_id = '" + survey + "'::uuid GROUP BY survey_id, unit_code, group_code");
            statement.execute("INSERT INTO question_tally (survey_id, unit_code, group_code, question_code, pointed,"
                    + " satisfied, points_sum, unknown) SELECT r.survey_id, r.unit_code, r.group_code, a.question_code,"
                    + " count(a.points), count(*) FILTER (WHERE a.satisfied), coalesce(sum(a.points), 0),"
                    + " count(*) FILTER (WHERE a.points IS NULL) FROM response r JOIN response_answer a"
                    + " ON a.response_id = r.id WHERE r.survey_id = '" + survey + "'::uuid"
                    + " GROUP BY r.survey_id, r.unit_code, r.group_code, a.question_code");
            statement.execute("DROP TABLE bench_gen");
            statement.execute("ANALYZE response; ANALYZE response_answer; ANALYZE unit_group_tally; ANALYZE question_tally");
        }
    }

    /** Responses with a score, without one, and answers, counted by scanning. */
    private static long[] scannedCounts(String survey) throws Exception {
        try (Connection db = TestPostgres.get().connect("evaluations");
             PreparedStatement count = db.prepareStatement("SELECT count(score), count(*) FILTER (WHERE score IS NULL),"
                     + " (SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id"
                     + " WHERE r.survey_id = ?::uuid) FROM response WHERE survey_id = ?::uuid")) {
            count.setString(1, survey);
            count.setString(2, survey);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
            }
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestKeycloak.get().userToken("analyst")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    /** Milliseconds per read, after as many warm-up reads (the JIT, the connection pool). */
    private double[] time(String path, int rounds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestKeycloak.get().userToken("analyst")).build();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 2 * rounds; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t) / 1e6;
            assertThat(response.statusCode()).isEqualTo(200);
            if (i >= rounds) {
                times.add(ms);
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void report(String what, double[] times, int bytes) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("bench: %s: median %.1f ms, p90 %.1f ms, max %.1f ms over %d reads%s%n", what, median(times),
                sorted[(int) Math.ceil(sorted.length * 0.9) - 1], sorted[sorted.length - 1], sorted.length,
                bytes > 0 ? String.format(" (%,d bytes)", bytes) : "");
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
