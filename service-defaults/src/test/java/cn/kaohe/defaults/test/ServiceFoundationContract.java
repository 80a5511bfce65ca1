package cn.kaohe.defaults.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * What every service promises (issue "foundation"): it migrates its database, reports health,
 * refuses anonymous callers (401) and wrong roles (403), answers malformed JSON with a 400
 * problem, and rides out a PostgreSQL restart (503 meanwhile, then works again).
 */
public abstract class ServiceFoundationContract extends ServiceIntegrationTest {

    /** The service's own database name. */
    protected abstract String database();

    /** A GET every authenticated role named by {@link #readerUser()} may call. */
    protected abstract String readPath();

    /** A JSON POST that {@link #writerUser()} may call and {@link #readerUser()} may not. */
    protected abstract String writePath();

    protected abstract String readerUser();

    protected abstract String writerUser();

    @Test
    void databaseIsMigrated() throws SQLException {
        try (Connection connection = TestPostgres.get().connect(database());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            assertThat(rows.getInt(1)).isPositive();
        }
    }

    @Test
    void healthAndReadinessAreUp() {
        anonymous().get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        anonymous().get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk();
    }

    @Test
    void prometheusMetricsAreExposed() {
        anonymous().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    @Test
    void anonymousCallIsUnauthorizedProblem() {
        anonymous().get().uri(readPath()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kaohe:problem:unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.requestId").isNotEmpty();
    }

    @Test
    void forgedTokenIsUnauthorized() {
        withToken("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl").get().uri(readPath()).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void wrongRoleIsForbiddenProblem() {
        as(readerUser()).post().uri(writePath())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:forbidden");
    }

    @Test
    void malformedJsonIsBadRequestProblem() {
        EntityExchangeResult<String> result = as(writerUser()).post().uri(writePath())
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .bodyValue("{\"code\": \"2024\", ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult();
        assertThat(result.getResponseBody())
                .contains("urn:kaohe:problem:malformed-request")
                .doesNotContain("Exception")
                .doesNotContain("at cn.kaohe");
    }

    @Test
    void requestIdFromCallerIsEchoed() {
        as(readerUser()).get().uri(readPath()).header("X-Request-Id", "test-rid-42").exchange()
                .expectHeader().valueEquals("X-Request-Id", "test-rid-42");
    }

    @Test
    void recoversAfterPostgresRestart() throws InterruptedException {
        TestPostgres postgres = TestPostgres.get();
        // A container's restart moves its mapped port; the embedded server shows the behaviour.
        Assumptions.assumeTrue(postgres.isEmbedded(), "PostgreSQL restart is exercised on the embedded server");
        as(readerUser()).get().uri(readPath()).exchange().expectStatus().isOk();
        postgres.stopForOutage();
        try {
            as(readerUser()).get().uri(readPath()).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:dependency-unavailable");
            anonymous().get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        } finally {
            postgres.startAgain();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = as(readerUser()).get().uri(readPath()).exchange().returnResult(String.class)
                    .getStatus().value();
            if (status == 200) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(status).as("service works again after the restart").isEqualTo(200);
    }
}
