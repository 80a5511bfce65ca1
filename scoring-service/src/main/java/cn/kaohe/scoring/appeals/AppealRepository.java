package cn.kaohe.scoring.appeals;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class AppealRepository {

    private static final String COLUMNS = "id, cycle, version, unit, text, evidence_ref, status, filed_by, filed_at,"
            + " ruling_reason, correction, ruled_by, ruled_at";

    private final DatabaseClient db;

    AppealRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Appeal> insert(String cycle, int version, NewAppeal appeal, String author) {
        return db.sql("INSERT INTO appeal (id, cycle, version, unit, text, evidence_ref, status, filed_by)"
                        + " VALUES (:id, :cycle, :version, :unit, :text, :evidence, 'FILED', :author) RETURNING " + COLUMNS)
                .bind("id", UUID.randomUUID()).bind("cycle", cycle).bind("version", version)
                .bind("unit", appeal.unit()).bind("text", appeal.text())
                .bind("evidence", Parameter.fromOrEmpty(appeal.evidenceRef(), String.class))
                .bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    /** Empty when the appeal was already ruled on (or does not exist). */
    Mono<Appeal> rule(UUID id, Ruling ruling, String author) {
        return db.sql("UPDATE appeal SET status = :status, ruling_reason = :reason, correction = :correction,"
                        + " ruled_by = :author, ruled_at = now() WHERE id = :id AND status = 'FILED' RETURNING " + COLUMNS)
                .bind("id", id).bind("status", ruling.outcome().name()).bind("reason", ruling.reason())
                .bind("correction", Parameter.fromOrEmpty(ruling.correction(), String.class))
                .bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    Mono<Appeal> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM appeal WHERE id = :id").bind("id", id)
                .map((row, meta) -> map(row)).one();
    }

    Flux<Appeal> ofVersion(String cycle, int version, String onlyUnit) {
        return db.sql("SELECT " + COLUMNS + " FROM appeal WHERE cycle = :cycle AND version = :version"
                        + " AND (:unit::varchar IS NULL OR unit = :unit) ORDER BY filed_at, id")
                .bind("cycle", cycle).bind("version", version)
                .bind("unit", Parameter.fromOrEmpty(onlyUnit, String.class))
                .map((row, meta) -> map(row)).all();
    }

    Mono<Long> countOpen(String cycle, int version) {
        return db.sql("SELECT count(*) AS n FROM appeal WHERE cycle = :cycle AND version = :version AND status = 'FILED'")
                .bind("cycle", cycle).bind("version", version)
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    private static Appeal map(io.r2dbc.spi.Readable row) {
        return new Appeal(row.get("id", UUID.class), row.get("cycle", String.class), row.get("version", Integer.class),
                row.get("unit", String.class), row.get("text", String.class), row.get("evidence_ref", String.class),
                AppealStatus.valueOf(row.get("status", String.class)), row.get("filed_by", String.class),
                row.get("filed_at", OffsetDateTime.class), row.get("ruling_reason", String.class),
                row.get("correction", String.class), row.get("ruled_by", String.class),
                row.get("ruled_at", OffsetDateTime.class));
    }
}
