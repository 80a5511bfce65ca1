package cn.kaohe.indicators.cycles;

import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class CycleRepository {

    private static final String COLUMNS = "code, name, year, status, version, created_at, created_by, updated_at";

    private final DatabaseClient db;

    CycleRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Cycle> insert(NewCycle cycle, String author) {
        return db.sql("INSERT INTO cycle (code, name, year, status, created_by) VALUES (:code, :name, :year, 'DRAFT', :author)"
                        + " RETURNING " + COLUMNS)
                .bind("code", cycle.code())
                .bind("name", cycle.name())
                .bind("year", cycle.year())
                .bind("author", author)
                .map((row, meta) -> map(row))
                .one();
    }

    Mono<Cycle> find(String code) {
        return db.sql("SELECT " + COLUMNS + " FROM cycle WHERE code = :code")
                .bind("code", code)
                .map((row, meta) -> map(row))
                .one();
    }

    Flux<Cycle> page(long offset, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM cycle ORDER BY year DESC, code LIMIT :limit OFFSET :offset")
                .bind("limit", limit)
                .bind("offset", offset)
                .map((row, meta) -> map(row))
                .all();
    }

    Mono<Long> count() {
        return db.sql("SELECT count(*) AS n FROM cycle").map((row, meta) -> row.get("n", Long.class)).one();
    }

    private static Cycle map(io.r2dbc.spi.Readable row) {
        return new Cycle(row.get("code", String.class), row.get("name", String.class),
                row.get("year", Integer.class), CycleStatus.valueOf(row.get("status", String.class)),
                row.get("version", Long.class), row.get("created_at", OffsetDateTime.class),
                row.get("created_by", String.class), row.get("updated_at", OffsetDateTime.class));
    }
}
