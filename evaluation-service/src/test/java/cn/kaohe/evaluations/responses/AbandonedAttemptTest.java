package cn.kaohe.evaluations.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.evaluations.EvaluationApiTest;
import cn.kaohe.evaluations.SurveyFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Reliability (docs/reliability.md): clients that give up on a submission mid-way, so that the service sees
 * the connection close (and WebFlux cancels the request) while the submission's transaction runs, and send
 * it again under the same {@code Idempotency-Key}. A transaction under way runs to its end: an abandoned
 * attempt is stored whole with its key's record or not at all, a retry is answered 201 (new, or a replay of
 * the abandoned attempt's receipt) and never 409 {@code already-answered} nor 422 {@code key-reused}, and no
 * response is stored without its key's record. One test makes the moment certain with a row lock, the
 * other abandons hundreds of attempts at random moments under load.
 */
class AbandonedAttemptTest extends EvaluationApiTest {

    private static final int TOKENS = 150;
    private static final List<String> UNITS = List.of("HANYIN", "SHIQUAN");
    private static final int CLIENTS = 64;

    @Test
    void aSubmissionWhoseClientHangsUpMidTransactionIsStoredWholeAndItsRetryReplaysIt() throws Exception {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "HANGUP"));
        List<String> tokens = tokens(survey, "DEPUTIES", 2);
        // a first response makes the unit's tally row, on which the next submission will wait
        submitted(tokens.get(0), answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String key = UUID.randomUUID().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PUBLIC + tokens.get(1)
                        + "/responses"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json(answers("HANYIN", "FAIRLY_SATISFIED", "SATISFIED",
                        "UNKNOWN"))));

        try (Connection lock = TestPostgres.get().connect("evaluations")) {
            lock.setAutoCommit(false);
            try (var statement = lock.prepareStatement("SELECT 1 FROM unit_group_tally WHERE survey_id = ?::uuid"
                    + " AND unit_code = 'HANYIN' FOR UPDATE")) {
                statement.setString(1, survey);
                statement.executeQuery().close();
            }
            // the submission's transaction (its key's record and response row written) waits on that row ...
            var answer = http.sendAsync(request.copy().timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            awaitCount("SELECT count(*) FROM pg_stat_activity WHERE datname = 'evaluations' AND wait_event_type = 'Lock'",
                    1, Duration.ofSeconds(10));
            // ... when its client gives up and hangs up
            assertThatThrownBy(answer::join).hasCauseInstanceOf(HttpTimeoutException.class);
            Thread.sleep(300);
            lock.commit();
        }

        // the transaction goes on to its end: the response is stored whole, with its key's record ...
        awaitCount("SELECT count(*) FROM response r JOIN idempotency_record k ON k.result ->> 'id' = r.id::text"
                + " WHERE r.survey_id = '" + survey + "'", 1, Duration.ofSeconds(10));
        // ... so the retry replays its receipt
        HttpResponse<String> retry = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid AND id = '" + read(retry.body()).get("id")
                + "'", survey)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid", survey)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id"
                + " WHERE r.survey_id = ?::uuid", survey)).isEqualTo(6);
        assertThat(count("SELECT scored FROM unit_group_tally WHERE survey_id = ?::uuid AND unit_code = 'HANYIN'", survey))
                .isEqualTo(2);
        assertThat(count("SELECT coalesce(sum(cardinality(answered)), 0) FROM invitation WHERE survey_id = ?::uuid",
                survey)).isEqualTo(2);
    }

    @Test
    void aRetryAfterAnAbandonedAttemptIsNeverAnsweredAlreadyAnswered() throws Exception {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "GIVEUP"));
        List<String> tokens = tokens(survey, "DEPUTIES", TOKENS);
        Queue<String[]> queue = new ConcurrentLinkedQueue<>();
        for (String token : tokens) {
            for (String unit : UNITS) {
                queue.add(new String[] {token, unit, UUID.randomUUID().toString()});
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger abandoned = new AtomicInteger();
        AtomicInteger replayed = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                String[] next;
                while ((next = queue.poll()) != null) {
                    String body = json(answers(next[1], "SATISFIED", "FAIRLY_SATISFIED", "UNKNOWN"));
                    for (int attempt = 1; ; attempt++) {
                        // the first four attempts give up after 5–804 ms; the fifth waits for its answer
                        Duration timeout = attempt < 5 ? Duration.ofMillis(5 + ThreadLocalRandom.current().nextInt(800))
                                : Duration.ofSeconds(30);
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PUBLIC
                                        + next[0] + "/responses"))
                                .timeout(timeout).header("Content-Type", "application/json")
                                .header("Idempotency-Key", next[2]).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            answers.merge(response.statusCode(), 1, Integer::sum);
                            if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                                replayed.incrementAndGet();
                            }
                            break;
                        } catch (IOException gaveUp) {
                            abandoned.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

        long rows = count("SELECT count(*) FROM response WHERE survey_id = ?::uuid", survey);
        long withoutKey = count("SELECT count(*) FROM response r WHERE r.survey_id = ?::uuid AND NOT EXISTS"
                + " (SELECT 1 FROM idempotency_record k WHERE k.principal = 'invitation:' || r.invitation_id"
                + " AND k.result ->> 'id' = r.id::text)", survey);
        String idle = "SELECT count(*) FROM pg_stat_activity WHERE datname = 'evaluations'"
                + " AND state LIKE 'idle in transaction%'";
        awaitCount(idle, 0, Duration.ofSeconds(10));
        long idleInTransaction = TestPostgres.get().number("evaluations", idle);
        System.out.println("reliability: abandoned attempts " + abandoned + ", answers " + new TreeMap<>(answers)
                + ", replayed " + replayed + ", rows " + rows + ", rows without their key's record " + withoutKey
                + ", connections idle in a transaction " + idleInTransaction);
        assertThat(abandoned.get()).as("attempts whose client gave up mid-way").isPositive();
        assertThat(answers).isEqualTo(Map.of(201, TOKENS * UNITS.size()));
        assertThat(rows).isEqualTo(TOKENS * UNITS.size());
        assertThat(withoutKey).isZero();
    }

    private static void awaitCount(String sql, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen;
        while ((seen = TestPostgres.get().number("evaluations", sql)) != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + expected + " within " + timeout + " but was " + seen + ": " + sql);
            }
            Thread.sleep(20);
        }
    }

    private static long count(String sql, String survey) throws SQLException {
        return TestPostgres.get().number("evaluations", sql, survey);
    }
}
