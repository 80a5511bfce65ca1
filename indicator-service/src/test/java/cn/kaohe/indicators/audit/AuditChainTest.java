package cn.kaohe.indicators.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.indicators.IndicatorApiTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The audit log's chain: intact, tamper-evident, append-only in the database, atomic with its change. */
class AuditChainTest extends IndicatorApiTest {

    private static final String VERIFY = "/api/indicators/v1/audit/verification";

    private static Connection database() throws SQLException {
        return TestPostgres.get().connect("indicators");
    }

    private String newUnit(String code) {
        String body = as("office").post().uri("/api/indicators/v1/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"" + code + "\",\"name\":\"审计测试单位\",\"kind\":\"TOWN\"}").exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        return body;
    }

    private static long seqOf(String entityType, String entityId) throws SQLException {
        try (Connection db = database(); PreparedStatement select = db.prepareStatement(
                "SELECT seq FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1")) {
            select.setString(1, entityType);
            select.setString(2, entityId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("an audit row of %s %s", entityType, entityId).isTrue();
                return row.getLong(1);
            }
        }
    }

    /** Changes a row behind the trigger's back, as only a superuser could (replica mode skips triggers). */
    private static void forge(long seq, String reason) throws SQLException {
        try (Connection db = database(); Statement replica = db.createStatement();
             PreparedStatement update = db.prepareStatement("UPDATE audit_log SET reason = ? WHERE seq = ?")) {
            replica.execute("SET session_replication_role = replica");
            update.setString(1, reason);
            update.setLong(2, seq);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void anUntouchedChainVerifiesAsIntactUpToItsLastRow() throws SQLException {
        newUnit("AUDIT-INTACT");
        long last = seqOf("UNIT", "AUDIT-INTACT");

        as("analyst").get().uri(VERIFY).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.intact").isEqualTo(true)
                .jsonPath("$.firstBroken").doesNotExist()
                .jsonPath("$.lastSeq").value(seq -> assertThat(((Number) seq).longValue()).isGreaterThanOrEqualTo(last))
                .jsonPath("$.lastHash").value(hash -> assertThat((String) hash).hasSize(64));
    }

    @Test
    void aRowTamperedWithOverJdbcIsNamedAsTheFirstBrokenRow() throws SQLException {
        newUnit("AUDIT-FORGED");
        newUnit("AUDIT-AFTER-FORGED");
        long forged = seqOf("UNIT", "AUDIT-FORGED");
        String id;
        try (Connection db = database(); Statement select = db.createStatement();
             ResultSet row = select.executeQuery("SELECT id FROM audit_log WHERE seq = " + forged)) {
            row.next();
            id = row.getString(1);
        }
        try {
            forge(forged, "事后篡改 / forged afterwards");

            as("office").get().uri(VERIFY).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.intact").isEqualTo(false)
                    .jsonPath("$.firstBroken.seq").isEqualTo(forged)
                    .jsonPath("$.firstBroken.id").isEqualTo(id)
                    .jsonPath("$.firstBroken.problem").isEqualTo("CONTENT_CHANGED")
                    .jsonPath("$.lastSeq").isEqualTo(forged - 1);
        } finally {
            forge(forged, null);
        }
        as("office").get().uri(VERIFY).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.intact").isEqualTo(true);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditRows() throws SQLException {
        newUnit("AUDIT-APPEND-ONLY");
        long seq = seqOf("UNIT", "AUDIT-APPEND-ONLY");
        try (Connection db = database(); Statement statement = db.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_log SET actor = 'someone' WHERE seq = " + seq))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_log WHERE seq = " + seq))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("TRUNCATE audit_log")).hasMessageContaining("append-only");
        }
        assertThat(seqOf("UNIT", "AUDIT-APPEND-ONLY")).isEqualTo(seq);
    }

    @Test
    void concurrentWritersKeepTheChainGaplessAndIntact() throws Exception {
        WebTestClient office = as("office");
        ExecutorService writers = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                String code = "AUDIT-RACE-" + i;
                running.add(writers.submit(() -> office.post().uri("/api/indicators/v1/units")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"code\":\"" + code + "\",\"name\":\"并发\",\"kind\":\"TOWN\"}").exchange()
                        .expectStatus().isCreated()));
            }
            for (Future<?> write : running) {
                write.get();
            }
        } finally {
            writers.shutdownNow();
        }
        try (Connection db = database(); Statement statement = db.createStatement();
             ResultSet counts = statement.executeQuery("SELECT count(*), max(seq), count(DISTINCT entity_id)"
                     + " FILTER (WHERE entity_id LIKE 'AUDIT-RACE-%') FROM audit_log")) {
            counts.next();
            assertThat(counts.getLong(1)).as("gapless seq").isEqualTo(counts.getLong(2));
            assertThat(counts.getLong(3)).as("one row per created unit").isEqualTo(36);
        }
        as("office").get().uri(VERIFY).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.intact").isEqualTo(true);
    }

    @Test
    void aChangeWhoseAuditRowCannotBeWrittenIsUndone() throws SQLException {
        try (Connection db = database(); Statement ddl = db.createStatement()) {
            ddl.execute("CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.entity_id = 'AUDIT-REFUSED' THEN RAISE EXCEPTION 'refused for the test'; END IF;"
                    + " RETURN NEW; END $$");
            ddl.execute("CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW"
                    + " EXECUTE FUNCTION test_refuse_audit()");
        }
        try {
            as("office").post().uri("/api/indicators/v1/units").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"code\":\"AUDIT-REFUSED\",\"name\":\"审计失败\",\"kind\":\"TOWN\"}").exchange()
                    .expectStatus().is5xxServerError();
        } finally {
            try (Connection db = database(); Statement ddl = db.createStatement()) {
                ddl.execute("DROP TRIGGER test_refuse_audit ON audit_log");
                ddl.execute("DROP FUNCTION test_refuse_audit()");
            }
        }
        as("office").get().uri("/api/indicators/v1/units/AUDIT-REFUSED").exchange().expectStatus().isNotFound();
        newUnit("AUDIT-REFUSED");
        auditOf("UNIT", "AUDIT-REFUSED").jsonPath("$.total").isEqualTo(1);
    }

    @Test
    void onlyTheOfficeAndAnalystsVerifyTheChain() {
        as("reporter").get().uri(VERIFY).exchange().expectStatus().isForbidden();
        as("stats").get().uri(VERIFY).exchange().expectStatus().isForbidden();
        asIntegrator().get().uri(VERIFY).exchange().expectStatus().isForbidden();
    }
}
