package cn.kaohe.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.TestKeycloak;
import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.defaults.test.TestServiceProcess;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reliability (docs/reliability.md, issue 5): {@code kill -9} of the evaluation service in the middle of
 * a sustained submission load, then a restart on the same port.
 *
 * <p>The evaluation service runs from its jar as a separate process on the real PostgreSQL; 24 client
 * threads ({@code java.net.http}, 3 s per request) submit every unit of 200 invitations (600 submissions),
 * each under its own {@code Idempotency-Key}, kept for all its retries. A connection refused, cut or timed
 * out is retried with the same key and body until a definitive answer. After 100 acknowledgements the
 * process gets SIGKILL, and a new one is started on the same port while the clients keep retrying.
 * The client's log (also written to {@code target/reliability/kill-nine-client-log.csv}) is then compared
 * with the tables: every id acknowledged with 201 (first time or replay) is the stored response of its
 * invitation × unit, nothing else is stored, no retry was answered 409, and the running aggregates and
 * the invitations' answered units count each response once. Finally each submission the killed process
 * acknowledged is sent again with its key, as by a client that lost the receipt: the new process replays
 * the same id.
 */
class SubmissionsSurviveAKillTest {

    private static final String SURVEYS = "/api/evaluations/v1/surveys";
    private static final String PUBLIC = "/api/evaluations/v1/public/invitations/";
    private static final String GROUP = "DEPUTIES";
    private static final List<String> UNITS = List.of("HANYIN", "SHIQUAN", "ZIYANG");
    private static final List<String> QUESTIONS = List.of("Q1", "Q2", "Q3");
    private static final List<String> OPTIONS = List.of("SATISFIED", "FAIRLY_SATISFIED", "BASICALLY_SATISFIED",
            "DISSATISFIED");
    private static final int TOKENS = 200;
    private static final int SUBMISSIONS = TOKENS * UNITS.size();
    private static final int CLIENTS = 24;
    private static final int KILL_AFTER_ACKNOWLEDGED = 100;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration LOAD_DEADLINE = Duration.ofSeconds(150);
    private static final Pattern TOKEN_IN_LINK = Pattern.compile("/s/([A-Za-z0-9_-]{32})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestServiceProcess evaluations;

    /** One unit of one invitation, sent under one key for all its attempts. */
    private record Submission(int number, String token, String unit, String key, String body) {

        String pair() {
            return token + "|" + unit;
        }
    }

    /** One line of the client's log: an attempt and what came of it. */
    private record Attempt(long atMillis, int submission, int attempt, String outcome, int status, String responseId,
                           boolean replayed) {
    }

    /** The definitive answer a submission ended with (status 0: given up at the deadline). */
    private record Outcome(Submission submission, int status, String type, String responseId, boolean replayed,
                           int attempts) {
    }

    @AfterEach
    void stopTheService() {
        if (evaluations != null) {
            evaluations.stop();
        }
    }

    @Test
    void everyAcknowledgedResponseSurvivesAKillNineAndRetriesCreateNoDuplicates() throws Exception {
        evaluations = TestServiceProcess.start("evaluation-service");
        String office = TestKeycloak.get().userToken("office");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        String base = evaluations.baseUrl();
        String survey = openSurvey(http, base, office);
        List<String> tokens = invitationTokens(http, base, office, survey);
        assertThat(tokens).hasSize(TOKENS).doesNotHaveDuplicates();

        List<Submission> submissions = new ArrayList<>();
        for (String token : tokens) {
            for (String unit : UNITS) {
                int number = submissions.size();
                submissions.add(new Submission(number, token, unit, UUID.randomUUID().toString(), body(number, unit)));
            }
        }
        // a token's units go out at different moments, from different clients
        Collections.shuffle(submissions, new Random(5));
        Load load = new Load(http, base, new ConcurrentLinkedQueue<>(submissions));

        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(load::run);
        }
        awaitUntil(() -> load.acknowledged.get() >= KILL_AFTER_ACKNOWLEDGED || load.queue.isEmpty(), Duration.ofSeconds(60));
        int inFlightAtKill = load.inFlight.get();
        long killedAt = System.nanoTime();
        int exitStatus = evaluations.kill();
        int acknowledgedBeforeKill = load.acknowledged.get();
        List<Outcome> acknowledgedByTheKilledProcess = load.outcomes.stream()
                .filter(outcome -> outcome.status() == 201).toList();
        int pendingAtKill = load.queue.size() + inFlightAtKill;
        Thread.sleep(1000);
        evaluations = evaluations.restart();
        long downMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
        clients.shutdown();
        assertThat(clients.awaitTermination(LOAD_DEADLINE.toSeconds() + 10, TimeUnit.SECONDS))
                .as("the clients finish").isTrue();
        long loadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Path log = load.writeLog(Path.of("target", "reliability", "kill-nine-client-log.csv"));
        // clients that lost those receipts send again to the new process, with their keys
        Map<String, String> resent = new HashMap<>();
        int resentReplayed = 0;
        for (Outcome first : acknowledgedByTheKilledProcess) {
            HttpResponse<String> again = http.send(load.request(first.submission()), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as("a resend of an acknowledged submission: " + again.body()).isEqualTo(201);
            resentReplayed += again.headers().firstValue("Idempotent-Replayed").filter("true"::equals).isPresent() ? 1 : 0;
            resent.put((String) read(again.body()).get("id"), first.responseId());
        }

        // ---- what the clients saw ----
        List<Outcome> outcomes = new ArrayList<>(load.outcomes);
        Map<String, Long> failures = load.failuresByKind();
        long failed = failures.values().stream().mapToLong(Long::longValue).sum();
        long retries = outcomes.stream().mapToLong(outcome -> outcome.attempts() - 1).sum();
        long replays = outcomes.stream().filter(outcome -> outcome.status() == 201 && outcome.replayed()).count();
        long conflicts = outcomes.stream().filter(outcome -> outcome.status() == 409).count();
        Map<String, String> acknowledged = new HashMap<>();
        outcomes.stream().filter(outcome -> outcome.status() == 201)
                .forEach(outcome -> acknowledged.put(outcome.submission().pair(), outcome.responseId()));

        // ---- what the tables hold ----
        Map<String, String> stored = storedResponses(survey);
        Set<String> missing = new LinkedHashSet<>(acknowledged.values());
        missing.removeAll(stored.values());
        long rows = count("SELECT count(*) FROM response WHERE survey_id = ?::uuid", survey);
        long duplicatePairs = count("SELECT count(*) FROM (SELECT invitation_id, unit_code FROM response"
                + " WHERE survey_id = ?::uuid GROUP BY invitation_id, unit_code HAVING count(*) > 1) twice", survey);
        // a stored response whose key has no record (or another result) would let a retry through to a 409
        long withoutKey = count("SELECT count(*) FROM response r WHERE r.survey_id = ?::uuid AND NOT EXISTS"
                + " (SELECT 1 FROM idempotency_record k WHERE k.principal = 'invitation:' || r.invitation_id"
                + " AND k.result ->> 'id' = r.id::text)", survey);
        long answerRows = count("SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id"
                + " WHERE r.survey_id = ?::uuid", survey);
        long scored = count("SELECT coalesce(sum(scored), 0) FROM unit_group_tally WHERE survey_id = ?::uuid", survey);

        System.out.printf("reliability: kill -9 during a submission load (%d clients, %d tokens x %d units):%n"
                        + "  submissions attempted %d, 201 acknowledged before the kill %d (pending then %d, in flight %d),"
                        + " exit status %d, down %d ms, load %d ms%n"
                        + "  connection failures/timeouts %d %s, retries %d, replays (Idempotent-Replayed) %d, 409s %d,"
                        + " other outcomes %d%n"
                        + "  resent after the restart %d, replayed %d; rows in response %d, acknowledged ids missing"
                        + " from the table %d, duplicate (invitation, unit) rows %d, rows without their key's record %d,"
                        + " answers %d, unit_group_tally.scored %d; client log %s%n",
                CLIENTS, TOKENS, UNITS.size(), submissions.size(), acknowledgedBeforeKill, pendingAtKill, inFlightAtKill,
                exitStatus, downMillis, loadMillis, failed, failures, retries, replays, conflicts,
                outcomes.stream().filter(outcome -> outcome.status() != 201 && outcome.status() != 409).count(),
                acknowledgedByTheKilledProcess.size(), resentReplayed, rows, missing.size(), duplicatePairs, withoutKey,
                answerRows, scored, log.toAbsolutePath());

        // the kill was a real SIGKILL, in the middle of the load
        assertThat(exitStatus).as("exit status of SIGKILL").isEqualTo(128 + 9);
        assertThat(acknowledgedBeforeKill).isGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED).isLessThan(SUBMISSIONS);
        assertThat(inFlightAtKill).as("requests in flight at the kill").isPositive();
        assertThat(failed).as("connection failures and timeouts the clients saw").isPositive();

        // every submission ended acknowledged: no retry was refused, none given up
        assertThat(outcomes).hasSize(SUBMISSIONS);
        assertThat(outcomes).filteredOn(outcome -> outcome.status() != 201).as("submissions not acknowledged")
                .isEmpty();
        assertThat(conflicts).as("409 already-answered for a retry").isZero();
        assertThat(acknowledged).hasSize(SUBMISSIONS);
        // a receipt of the killed process is answered again, the same, by the new one
        assertThat(acknowledgedByTheKilledProcess).isNotEmpty();
        assertThat(resentReplayed).isEqualTo(acknowledgedByTheKilledProcess.size());
        assertThat(resent).hasSize(acknowledgedByTheKilledProcess.size())
                .allSatisfy((again, first) -> assertThat(again).isEqualTo(first));

        // the client's log equals the table: each acknowledged id is its pair's one stored response
        assertThat(missing).as("acknowledged ids missing from response").isEmpty();
        assertThat(duplicatePairs).as("(invitation, unit) stored twice").isZero();
        assertThat(rows).isEqualTo(SUBMISSIONS);
        assertThat(stored).isEqualTo(acknowledged);
        assertThat(answerRows).isEqualTo((long) SUBMISSIONS * QUESTIONS.size());
        assertThat(withoutKey).as("responses stored without their key's record").isZero();

        // each key recorded once, with its result; each answered unit recorded once on its invitation
        assertThat(count("SELECT count(*) FROM idempotency_record WHERE result IS NOT NULL AND principal IN"
                + " (SELECT 'invitation:' || id FROM invitation WHERE survey_id = ?::uuid)", survey)).isEqualTo(SUBMISSIONS);
        assertThat(count("SELECT coalesce(sum(cardinality(answered)), 0) FROM invitation WHERE survey_id = ?::uuid",
                survey)).isEqualTo(SUBMISSIONS);
        assertThat(count("SELECT count(*) FROM invitation WHERE survey_id = ?::uuid AND cardinality(answered)"
                + " <> (SELECT count(DISTINCT u) FROM unnest(answered) u)", survey)).as("a unit recorded twice").isZero();

        // the running aggregates count every stored response once
        assertTalliesMatchTheRows(survey);
    }

    // ---- the clients ----

    /** The load: client threads taking submissions from one queue, each retried until it has an answer. */
    private static final class Load {

        final HttpClient http;
        final String base;
        final Queue<Submission> queue;
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        final long start = System.nanoTime();
        final long deadline = start + LOAD_DEADLINE.toNanos();

        Load(HttpClient http, String base, Queue<Submission> queue) {
            this.http = http;
            this.base = base;
            this.queue = queue;
        }

        void run() {
            Submission next;
            while ((next = queue.poll()) != null) {
                outcomes.add(submit(next));
            }
        }

        /** The submission's request, the same for every attempt: same body, same key. */
        HttpRequest request(Submission submission) {
            return HttpRequest.newBuilder(URI.create(base + PUBLIC + submission.token() + "/responses"))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", submission.key())
                    .POST(HttpRequest.BodyPublishers.ofString(submission.body()))
                    .build();
        }

        private Outcome submit(Submission submission) {
            HttpRequest request = request(submission);
            for (int attempt = 1; ; attempt++) {
                if (System.nanoTime() > deadline) {
                    log(submission, attempt, "GAVE_UP", 0, null, false);
                    return new Outcome(submission, 0, "gave-up", null, false, attempt - 1);
                }
                inFlight.incrementAndGet();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    int status = response.statusCode();
                    Map<String, Object> body = read(response.body());
                    if (status == 201) {
                        boolean replayed = "true".equals(response.headers().firstValue("Idempotent-Replayed").orElse(null));
                        String id = (String) body.get("id");
                        acknowledged.incrementAndGet();
                        log(submission, attempt, replayed ? "REPLAYED" : "CREATED", status, id, replayed);
                        return new Outcome(submission, status, null, id, replayed, attempt);
                    }
                    if (status < 500) {
                        log(submission, attempt, "REFUSED", status, null, false);
                        return new Outcome(submission, status, (String) body.get("type"), null, false, attempt);
                    }
                    log(submission, attempt, "SERVER_ERROR", status, null, false);
                } catch (HttpConnectTimeoutException e) {
                    log(submission, attempt, "CONNECT_TIMEOUT", 0, null, false);
                } catch (HttpTimeoutException e) {
                    log(submission, attempt, "TIMEOUT", 0, null, false);
                } catch (IOException e) {
                    log(submission, attempt, causedBy(e, ConnectException.class) ? "REFUSED_CONNECTION" : "CUT", 0,
                            null, false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Outcome(submission, 0, "interrupted", null, false, attempt);
                } finally {
                    inFlight.decrementAndGet();
                }
                sleep(100 + ThreadLocalRandom.current().nextInt(101));
            }
        }

        private void log(Submission submission, int attempt, String outcome, int status, String id, boolean replayed) {
            attempts.add(new Attempt(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), submission.number(),
                    attempt, outcome, status, id, replayed));
        }

        /** Attempts without an answer, by kind: refused connection, cut mid-request, timeout, 5xx. */
        Map<String, Long> failuresByKind() {
            Map<String, Long> kinds = new LinkedHashMap<>();
            for (Attempt attempt : attempts) {
                if (!List.of("CREATED", "REPLAYED", "REFUSED", "GAVE_UP").contains(attempt.outcome())) {
                    kinds.merge(attempt.outcome(), 1L, Long::sum);
                }
            }
            return kinds;
        }

        Path writeLog(Path file) throws IOException {
            List<Attempt> lines = new ArrayList<>(attempts);
            lines.sort((a, b) -> Long.compare(a.atMillis(), b.atMillis()));
            StringBuilder csv = new StringBuilder("at_ms,submission,attempt,outcome,status,response_id,replayed\n");
            for (Attempt line : lines) {
                csv.append(line.atMillis()).append(',').append(line.submission()).append(',').append(line.attempt())
                        .append(',').append(line.outcome()).append(',').append(line.status()).append(',')
                        .append(line.responseId() == null ? "" : line.responseId()).append(',').append(line.replayed())
                        .append('\n');
            }
            Files.createDirectories(file.getParent());
            return Files.writeString(file, csv);
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Every answer carries points (no 不了解), so each response is scored; the options vary with the number. */
    private static String body(int number, String unit) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int q = 0; q < QUESTIONS.size(); q++) {
            answers.add(Map.of("question", QUESTIONS.get(q), "option", OPTIONS.get((number + q) % OPTIONS.size())));
        }
        return JSON.writeValueAsString(Map.of("unit", unit, "answers", answers));
    }

    // ---- the office's setup, straight against the service with a real Keycloak token ----

    private static String openSurvey(HttpClient http, String base, String office) throws Exception {
        String cycle = "K" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Map<String, Object> definition = Map.of("cycle", cycle, "code", "KILL", "title", cycle + "年度社会评价",
                "questions", QUESTIONS.stream().map(code -> Map.of("code", code, "text", "满意度 " + code)).toList(),
                "groups", List.of(Map.of("code", GROUP, "name", "两代表一委员", "weight", 1,
                        "units", UNITS.stream().map(unit -> Map.of("code", unit, "name", unit)).toList())));
        Map<String, Object> survey = read(call(http, office, "POST", base + SURVEYS, JSON.writeValueAsString(definition), 201));
        String id = (String) survey.get("id");
        call(http, office, "POST", base + SURVEYS + "/" + id + "/opening", "{\"version\": " + survey.get("version") + "}",
                200);
        return id;
    }

    /** Generates the invitations and reads every token back from one CSV export of their links. */
    private static List<String> invitationTokens(HttpClient http, String base, String office, String survey)
            throws Exception {
        call(http, office, "POST", base + SURVEYS + "/" + survey + "/invitations",
                "{\"group\": \"" + GROUP + "\", \"count\": " + TOKENS + "}", 201);
        String csv = call(http, office, "GET", base + SURVEYS + "/" + survey + "/invitations/export?format=csv&group="
                + GROUP, null, 200);
        List<String> tokens = new ArrayList<>();
        Matcher link = TOKEN_IN_LINK.matcher(csv);
        while (link.find()) {
            tokens.add(link.group(1));
        }
        return tokens;
    }

    private static String call(HttpClient http, String bearer, String method, String url, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(method + " " + url + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    // ---- the tables ----

    /** token|unit → the stored response's id, for every response of the survey. */
    private static Map<String, String> storedResponses(String survey) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (Connection db = TestPostgres.get().connect("evaluations");
             PreparedStatement query = db.prepareStatement("SELECT i.token, r.unit_code, r.id::text FROM response r"
                     + " JOIN invitation i ON i.id = r.invitation_id WHERE r.survey_id = ?::uuid")) {
            query.setString(1, survey);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1) + "|" + rows.getString(2), rows.getString(3));
                }
            }
        }
        return stored;
    }

    /** unit_group_tally and question_tally against a count and sum over the stored rows, per unit. */
    private static void assertTalliesMatchTheRows(String survey) throws SQLException {
        try (Connection db = TestPostgres.get().connect("evaluations");
             PreparedStatement query = db.prepareStatement("SELECT r.unit_code, count(*), sum(r.score), t.scored,"
                     + " t.unscored, t.excluded, t.score_sum,"
                     + " (SELECT min(q.pointed) FROM question_tally q WHERE q.survey_id = r.survey_id"
                     + "   AND q.unit_code = r.unit_code AND q.group_code = r.group_code),"
                     + " (SELECT max(q.pointed) FROM question_tally q WHERE q.survey_id = r.survey_id"
                     + "   AND q.unit_code = r.unit_code AND q.group_code = r.group_code)"
                     + " FROM response r JOIN unit_group_tally t ON t.survey_id = r.survey_id"
                     + "   AND t.unit_code = r.unit_code AND t.group_code = r.group_code"
                     + " WHERE r.survey_id = ?::uuid GROUP BY r.survey_id, r.unit_code, r.group_code,"
                     + "   t.scored, t.unscored, t.excluded, t.score_sum ORDER BY r.unit_code")) {
            query.setString(1, survey);
            int units = 0;
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    units++;
                    String unit = row.getString(1);
                    long responses = row.getLong(2);
                    assertThat(responses).as(unit + " responses").isEqualTo(TOKENS);
                    assertThat(row.getLong(4)).as(unit + " unit_group_tally.scored").isEqualTo(responses);
                    assertThat(row.getLong(5)).as(unit + " unscored").isZero();
                    assertThat(row.getLong(6)).as(unit + " excluded").isZero();
                    assertThat(row.getBigDecimal(7)).as(unit + " score_sum").isEqualByComparingTo(row.getBigDecimal(3));
                    assertThat(row.getLong(8)).as(unit + " question_tally.pointed (min)").isEqualTo(responses);
                    assertThat(row.getLong(9)).as(unit + " question_tally.pointed (max)").isEqualTo(responses);
                }
            }
            assertThat(units).isEqualTo(UNITS.size());
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return TestPostgres.get().number("evaluations", sql, parameters);
    }

    // ---- small helpers ----

    private static Map<String, Object> read(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(body, new TypeReference<Map<String, Object>>() { });
        } catch (RuntimeException notJson) {
            return Map.of();
        }
    }

    private static void awaitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(2);
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
