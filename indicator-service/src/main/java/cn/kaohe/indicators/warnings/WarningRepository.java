package cn.kaohe.indicators.warnings;

import cn.kaohe.indicators.schedule.ScheduleLine;
import io.r2dbc.postgresql.codec.Json;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class WarningRepository {

    private static final String COLUMNS = "id, cycle, unit_code, indicator_code, period, colour, gap, recipients, status,"
            + " measures, acknowledged_by, acknowledged_at, escalated_period, closed_period, closed_at, recovered, issued_by, issued_at, version";
    private static final TypeReference<List<String>> CODES = new TypeReference<>() { };

    private final DatabaseClient db;
    private final JsonMapper json;

    WarningRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The cycle's open warnings, locked until the caller's transaction ends. */
    Flux<Warning> lockOpen(String cycle) {
        return db.sql("SELECT " + COLUMNS + " FROM warning WHERE cycle = :cycle AND status <> 'CLOSED' FOR UPDATE")
                .bind("cycle", cycle).map((row, meta) -> map(row)).all();
    }

    Mono<Warning> issue(String cycle, String period, ScheduleLine line, List<String> recipients, String author) {
        return db.sql("INSERT INTO warning (id, cycle, unit_code, indicator_code, period, colour, gap, recipients, status,"
                        + " issued_by) VALUES (:id, :cycle, :unit, :indicator, :period, :colour, :gap, :recipients,"
                        + " 'ISSUED', :author) ON CONFLICT DO NOTHING RETURNING " + COLUMNS)
                .bind("id", UUID.randomUUID()).bind("cycle", cycle).bind("unit", line.unit())
                .bind("indicator", line.indicator()).bind("period", period).bind("colour", line.colour().name())
                .bind("gap", Parameter.fromOrEmpty(line.gap(), BigDecimal.class))
                .bind("recipients", Json.of(json.writeValueAsBytes(recipients))).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    /** A yellow turned red: the open warning becomes red with the new gap (empty if closed meanwhile). */
    Mono<Warning> escalate(Warning warning, ScheduleLine line, String period) {
        return db.sql("UPDATE warning SET colour = 'RED', gap = :gap, escalated_period = :period,"
                        + " version = version + 1 WHERE id = :id AND status <> 'CLOSED' RETURNING " + COLUMNS)
                .bind("id", warning.id()).bind("period", period)
                .bind("gap", Parameter.fromOrEmpty(line.gap(), BigDecimal.class))
                .map((row, meta) -> map(row)).one();
    }

    Mono<Warning> close(Warning warning, String period) {
        return db.sql("UPDATE warning SET status = 'CLOSED', closed_period = :period, closed_at = now(),"
                        + " recovered = (colour = 'RED'), version = version + 1 WHERE id = :id AND status <> 'CLOSED'"
                        + " RETURNING " + COLUMNS)
                .bind("id", warning.id()).bind("period", period).map((row, meta) -> map(row)).one();
    }

    Mono<Warning> acknowledge(Warning warning, long version, String measures, String author) {
        return db.sql("UPDATE warning SET status = 'ACKNOWLEDGED', measures = :measures, acknowledged_by = :author,"
                        + " acknowledged_at = now(), version = version + 1 WHERE id = :id AND version = :version"
                        + " AND status = 'ISSUED' RETURNING " + COLUMNS)
                .bind("id", warning.id()).bind("version", version).bind("measures", measures).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    Mono<Warning> find(String cycle, UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM warning WHERE cycle = :cycle AND id = :id")
                .bind("cycle", cycle).bind("id", id).map((row, meta) -> map(row)).one();
    }

    /** The cycle's warnings, newest first; {@code addressee} narrows to those of or to one unit. */
    Flux<Warning> list(String cycle, String status, String addressee) {
        return db.sql("SELECT " + COLUMNS + " FROM warning WHERE cycle = :cycle"
                        + " AND (:status::varchar IS NULL OR status = :status)"
                        + " AND (:unit::varchar IS NULL OR unit_code = :unit OR recipients @> jsonb_build_array(:unit::text))"
                        + " ORDER BY issued_at DESC, unit_code, indicator_code")
                .bind("cycle", cycle).bind("status", Parameter.fromOrEmpty(status, String.class))
                .bind("unit", Parameter.fromOrEmpty(addressee, String.class))
                .map((row, meta) -> map(row)).all();
    }

    private Warning map(io.r2dbc.spi.Readable row) {
        return new Warning(row.get("id", UUID.class), row.get("cycle", String.class), row.get("unit_code", String.class),
                row.get("indicator_code", String.class), row.get("period", String.class), row.get("colour", String.class),
                row.get("gap", BigDecimal.class), json.readValue(row.get("recipients", Json.class).asArray(), CODES),
                WarningStatus.valueOf(row.get("status", String.class)), row.get("measures", String.class),
                row.get("acknowledged_by", String.class), row.get("acknowledged_at", OffsetDateTime.class),
                row.get("escalated_period", String.class), row.get("closed_period", String.class), row.get("closed_at", OffsetDateTime.class),
                Boolean.TRUE.equals(row.get("recovered", Boolean.class)), row.get("issued_by", String.class),
                row.get("issued_at", OffsetDateTime.class), row.get("version", Long.class));
    }
}
