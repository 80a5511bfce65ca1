package cn.kaohe.indicators.factrecords;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class FactRecordRepository {

    private static final String COLUMNS = "id, cycle, kind, unit_code, indicator_code, level, rule_code, points,"
            + " dedupe_key, fact_date, reason, description, status, withdrawal_reason, withdrawn_by, withdrawn_at,"
            + " recorded_by, recorded_at, version";

    private final DatabaseClient db;

    FactRecordRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Boolean> unitExists(String unit) {
        return db.sql("SELECT 1 FROM unit WHERE code = :code").bind("code", unit)
                .map((row, meta) -> true).one().defaultIfEmpty(false);
    }

    /** Whether the indicator is a leaf of the cycle's tree (levels, like targets, belong to leaves). */
    Mono<Boolean> isLeafIndicator(String cycle, String indicator) {
        return db.sql("SELECT 1 FROM indicator i WHERE i.cycle = :cycle AND i.code = :code AND i.level <> 'SECTION'"
                        + " AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.cycle = i.cycle AND c.parent_code = i.code)")
                .bind("cycle", cycle).bind("code", indicator).map((row, meta) -> true).one().defaultIfEmpty(false);
    }

    /** Inserts an ACTIVE fact; the id, status, author and time of {@code fact} are set here. */
    Mono<FactRecord> insert(FactRecord fact, String author) {
        return db.sql("INSERT INTO fact_record (id, cycle, kind, unit_code, indicator_code, level, rule_code, points,"
                        + " dedupe_key, fact_date, reason, description, status, recorded_by) VALUES (:id, :cycle, :kind,"
                        + " :unit, :indicator, :level, :rule, :points, :dedupeKey, :date, :reason, :description, 'ACTIVE',"
                        + " :author) RETURNING " + COLUMNS)
                .bind("id", UUID.randomUUID()).bind("cycle", fact.cycle()).bind("kind", fact.kind().name())
                .bind("unit", fact.unit())
                .bind("indicator", Parameter.fromOrEmpty(fact.indicator(), String.class))
                .bind("level", Parameter.fromOrEmpty(fact.level(), String.class))
                .bind("rule", Parameter.fromOrEmpty(fact.rule(), String.class))
                .bind("points", Parameter.fromOrEmpty(fact.points(), BigDecimal.class))
                .bind("dedupeKey", Parameter.fromOrEmpty(fact.dedupeKey(), String.class))
                .bind("date", fact.date())
                .bind("reason", Parameter.fromOrEmpty(fact.reason(), String.class))
                .bind("description", Parameter.fromOrEmpty(fact.description(), String.class))
                .bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    Mono<FactRecord> find(String cycle, FactKind kind, UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM fact_record WHERE cycle = :cycle AND kind = :kind AND id = :id")
                .bind("cycle", cycle).bind("kind", kind.name()).bind("id", id).map((row, meta) -> map(row)).one();
    }

    /** Empty when the version is stale or the fact is already withdrawn. */
    Mono<FactRecord> withdraw(FactRecord fact, long version, String reason, String author) {
        return db.sql("UPDATE fact_record SET status = 'WITHDRAWN', withdrawal_reason = :reason, withdrawn_by = :author,"
                        + " withdrawn_at = now(), version = version + 1 WHERE id = :id AND version = :version"
                        + " AND status = 'ACTIVE' RETURNING " + COLUMNS)
                .bind("id", fact.id()).bind("version", version).bind("reason", reason).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    Flux<FactRecord> list(String cycle, FactKind kind, String unit, String status, long offset, int limit) {
        return bindFilter(db.sql("SELECT " + COLUMNS + " FROM fact_record WHERE " + FILTER
                        + " ORDER BY fact_date DESC, recorded_at DESC, id LIMIT :limit OFFSET :offset"), cycle, kind, unit, status)
                .bind("limit", limit).bind("offset", offset)
                .map((row, meta) -> map(row)).all();
    }

    Mono<Long> count(String cycle, FactKind kind, String unit, String status) {
        return bindFilter(db.sql("SELECT count(*) AS n FROM fact_record WHERE " + FILTER), cycle, kind, unit, status)
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    private static final String FILTER = "cycle = :cycle AND kind = :kind"
            + " AND (:unit::varchar IS NULL OR unit_code = :unit) AND (:status::varchar IS NULL OR status = :status)";

    private static DatabaseClient.GenericExecuteSpec bindFilter(DatabaseClient.GenericExecuteSpec spec, String cycle,
                                                                FactKind kind, String unit, String status) {
        return spec.bind("cycle", cycle).bind("kind", kind.name())
                .bind("unit", Parameter.fromOrEmpty(unit, String.class))
                .bind("status", Parameter.fromOrEmpty(status, String.class));
    }

    private static FactRecord map(io.r2dbc.spi.Readable row) {
        BigDecimal points = row.get("points", BigDecimal.class);
        return new FactRecord(row.get("id", UUID.class), row.get("cycle", String.class),
                FactKind.valueOf(row.get("kind", String.class)), row.get("unit_code", String.class),
                row.get("indicator_code", String.class), row.get("level", String.class),
                row.get("rule_code", String.class), points == null ? null : points.stripTrailingZeros(),
                row.get("dedupe_key", String.class), row.get("fact_date", LocalDate.class),
                row.get("reason", String.class), row.get("description", String.class),
                FactStatus.valueOf(row.get("status", String.class)), row.get("withdrawal_reason", String.class),
                row.get("withdrawn_by", String.class), row.get("withdrawn_at", OffsetDateTime.class),
                row.get("recorded_by", String.class), row.get("recorded_at", OffsetDateTime.class),
                row.get("version", Long.class));
    }
}
