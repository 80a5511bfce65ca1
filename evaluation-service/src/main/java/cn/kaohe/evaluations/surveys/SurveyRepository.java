package cn.kaohe.evaluations.surveys;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class SurveyRepository {

    private static final String COLUMNS = "id, cycle, code, title, status, version, created_at, created_by";

    private final DatabaseClient db;

    SurveyRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Survey> insert(NewSurvey survey, String author) {
        return db.sql("INSERT INTO survey (id, cycle, code, title, status, created_by)"
                        + " VALUES (:id, :cycle, :code, :title, 'DRAFT', :author) RETURNING " + COLUMNS)
                .bind("id", UUID.randomUUID())
                .bind("cycle", survey.cycle())
                .bind("code", survey.code())
                .bind("title", survey.title())
                .bind("author", author)
                .map((row, meta) -> map(row))
                .one();
    }

    Mono<Survey> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM survey WHERE id = :id")
                .bind("id", id)
                .map((row, meta) -> map(row))
                .one();
    }

    Flux<Survey> page(long offset, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM survey ORDER BY cycle DESC, code LIMIT :limit OFFSET :offset")
                .bind("limit", limit)
                .bind("offset", offset)
                .map((row, meta) -> map(row))
                .all();
    }

    Mono<Long> count() {
        return db.sql("SELECT count(*) AS n FROM survey").map((row, meta) -> row.get("n", Long.class)).one();
    }

    private static Survey map(io.r2dbc.spi.Readable row) {
        return new Survey(row.get("id", UUID.class), row.get("cycle", String.class), row.get("code", String.class),
                row.get("title", String.class), SurveyStatus.valueOf(row.get("status", String.class)),
                row.get("version", Long.class), row.get("created_at", OffsetDateTime.class),
                row.get("created_by", String.class));
    }
}
