package cn.kaohe.defaults.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.test.TestPostgres;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** The Idempotency-Key rules on a real PostgreSQL, with the guarded write in the same transaction. */
class IdempotencyTest {

    record Created(UUID id, String name) {
    }

    private static DatabaseClient db;
    private static Idempotency idempotency;
    private final AtomicInteger writes = new AtomicInteger();

    @BeforeAll
    static void database() throws Exception {
        TestPostgres postgres = TestPostgres.get();
        try (Connection connection = postgres.connect("postgres"); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS idempotency_record (principal varchar(200) NOT NULL,"
                    + " idempotency_key varchar(100) NOT NULL, endpoint varchar(500) NOT NULL,"
                    + " fingerprint char(64) NOT NULL, result jsonb, created_at timestamptz NOT NULL DEFAULT now(),"
                    + " PRIMARY KEY (principal, idempotency_key))");
            sql.execute("CREATE TABLE IF NOT EXISTS thing (id uuid PRIMARY KEY, name varchar(50) NOT NULL)");
        }
        PostgresqlConnectionFactory connections = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration
                .builder().host(postgres.host()).port(postgres.port()).username(postgres.username())
                .password(postgres.password()).database("postgres").build());
        db = DatabaseClient.create(connections);
        idempotency = new Idempotency(db, TransactionalOperator.create(new R2dbcTransactionManager(connections)),
                JsonMapper.builder().build());
    }

    private static IdempotentRequest request(String principal, String key, String body) {
        String endpoint = "POST /things";
        return new IdempotentRequest(principal, IdempotencyKey.ofHeader(key), endpoint,
                IdempotentRequest.fingerprint(endpoint, body.getBytes(StandardCharsets.UTF_8)), null);
    }

    private Mono<Created> create(IdempotentRequest request, String name) {
        return idempotency.once(request, Created.class, () -> {
            writes.incrementAndGet();
            Created created = new Created(UUID.randomUUID(), name);
            return db.sql("INSERT INTO thing (id, name) VALUES (:id, :name)").bind("id", created.id())
                    .bind("name", name).fetch().rowsUpdated().thenReturn(created);
        });
    }

    private static long things(String name) {
        return db.sql("SELECT count(*) AS n FROM thing WHERE name = :name").bind("name", name)
                .map((row, meta) -> row.get("n", Long.class)).one().block();
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyAnswersTheFirstResultAndWritesNothing() {
        Created first = create(request("alice", "k-1", "{\"name\":\"a\"}"), "repeat").block();
        Created again = create(request("alice", "k-1", "{\"name\":\"a\"}"), "repeat").block();

        assertThat(again).isEqualTo(first);
        assertThat(writes).hasValue(1);
        assertThat(things("repeat")).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherBodyIsRefusedNamingTheHeader() {
        create(request("alice", "k-2", "{\"name\":\"a\"}"), "other-body").block();

        assertThatThrownBy(() -> create(request("alice", "k-2", "{\"name\":\"b\"}"), "other-body").block())
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(422);
                    assertThat(problem.errors()).singleElement()
                            .satisfies(error -> assertThat(error.path()).isEqualTo("header:Idempotency-Key"));
                });
        assertThat(things("other-body")).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirSender() {
        create(request("alice", "k-3", "{}"), "per-sender").block();
        create(request("bob", "k-3", "{}"), "per-sender").block();

        assertThat(things("per-sender")).isEqualTo(2);
    }

    @Test
    void aWriteThatFailedLeavesNoRecordSoItsRetryWrites() {
        IdempotentRequest request = request("alice", "k-4", "{}");
        assertThatThrownBy(() -> idempotency.once(request, Created.class,
                () -> db.sql("INSERT INTO thing (id, name) VALUES (:id, 'failed')").bind("id", UUID.randomUUID())
                        .fetch().rowsUpdated().then(Mono.<Created>error(new IllegalStateException("boom")))).block())
                .hasMessageContaining("boom");

        assertThat(things("failed")).as("the write rolled back with its key").isZero();
        assertThat(create(request, "retried").block()).isNotNull();
        assertThat(things("retried")).isEqualTo(1);
    }

    @Test
    void concurrentRepeatsOfOneKeyWriteOnceAndAllAnswerTheSame() {
        List<Created> answers = Flux.range(0, 20)
                .flatMap(i -> create(request("carol", "k-5", "{}"), "concurrent").subscribeOn(Schedulers.parallel()), 20)
                .collectList().block(Duration.ofSeconds(30));

        assertThat(answers).hasSize(20).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(things("concurrent")).isEqualTo(1);
        assertThat(writes).hasValue(1);
    }

    @Test
    void withoutAKeyEveryRequestWrites() {
        create(request("alice", null, "{}"), "no-key").block();
        create(request("alice", null, "{}"), "no-key").block();

        assertThat(things("no-key")).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsRefused() {
        assertThatThrownBy(() -> IdempotencyKey.ofHeader("has spaces"))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.errors().get(0).code()).isEqualTo("invalid-idempotency-key"));
        assertThatThrownBy(() -> IdempotencyKey.ofHeader("x".repeat(101))).isInstanceOf(ProblemException.class);
    }
}
