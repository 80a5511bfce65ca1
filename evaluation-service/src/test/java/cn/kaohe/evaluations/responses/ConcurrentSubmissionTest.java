package cn.kaohe.evaluations.responses;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.evaluations.EvaluationApiTest;
import cn.kaohe.evaluations.SurveyFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Reliability (docs/reliability.md): 100 concurrent submissions of one token × unit over real HTTP
 * against the running service, half with distinct Idempotency-Keys and half without. The database's
 * unique key decides: exactly one response is stored, the other 99 answer 409, the aggregates count it once.
 */
class ConcurrentSubmissionTest extends EvaluationApiTest {

    private static final int CLIENTS = 100;

    @Test
    void oneHundredConcurrentSubmissionsOfOneTokenAndUnitStoreExactlyOne() throws Exception {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "RACE"));
        String token = token(survey, "DEPUTIES");
        String body = json(answers("HANYIN", "SATISFIED", "FAIRLY_SATISFIED", "UNKNOWN"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            boolean withKey = i % 2 == 0;
            statuses.add(clients.submit(() -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PUBLIC + token
                                + "/responses"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                if (withKey) {
                    request.header("Idempotency-Key", UUID.randomUUID().toString());
                }
                start.await();
                return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Future<Integer> status : statuses) {
            counts.merge(status.get(), 1, Integer::sum);
        }
        clients.shutdown();

        assertThat(counts).isEqualTo(Map.of(201, 1, 409, CLIENTS - 1));
        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid", survey)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id"
                + " WHERE r.survey_id = ?::uuid", survey)).isEqualTo(3);
        assertThat(count("SELECT scored FROM unit_group_tally WHERE survey_id = ?::uuid", survey)).isEqualTo(1);
        assertThat(count("SELECT pointed FROM question_tally WHERE survey_id = ?::uuid AND question_code = 'Q1'", survey))
                .isEqualTo(1);
        assertThat(count("SELECT cardinality(answered) FROM invitation WHERE survey_id = ?::uuid", survey)).isEqualTo(1);
        System.out.println("reliability: 100 concurrent submissions of one token x unit -> " + counts
                + "; stored responses 1, tally count 1");
    }

    private static long count(String sql, String survey) throws SQLException {
        try (Connection db = TestPostgres.get().connect("evaluations"); var statement = db.prepareStatement(sql)) {
            statement.setString(1, survey);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
