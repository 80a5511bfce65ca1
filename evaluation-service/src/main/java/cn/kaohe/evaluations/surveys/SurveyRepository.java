package cn.kaohe.evaluations.surveys;

import cn.kaohe.evaluations.ShanghaiTime;
import io.r2dbc.postgresql.codec.Json;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@Repository
class SurveyRepository {

    private static final String COLUMNS = "id, cycle, code, title, description, status, opens_at, closes_at, definition,"
            + " version, created_at, created_by, updated_at, updated_by";

    private final DatabaseClient db;
    private final JsonMapper json;

    SurveyRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Survey> insert(SurveyDraft draft, SurveyDefinition definition, String author) {
        return fields(db.sql("INSERT INTO survey (id, cycle, code, title, description, status, opens_at, closes_at,"
                        + " definition, created_by, updated_by) VALUES (:id, :cycle, :code, :title, :description, 'DRAFT',"
                        + " :opensAt, :closesAt, :definition, :author, :author) RETURNING " + COLUMNS), draft, definition)
                .bind("id", UUID.randomUUID())
                .bind("cycle", draft.cycle())
                .bind("code", draft.code())
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

    Mono<Long> version(UUID id) {
        return db.sql("SELECT version FROM survey WHERE id = :id").bind("id", id)
                .map((row, meta) -> row.get("version", Long.class)).one();
    }

    /**
     * Locks the survey against responses being stored meanwhile: storing a response takes a key-share
     * lock on its survey (the foreign key), which this waits for and then blocks.
     */
    Mono<Survey> lock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM survey WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map((row, meta) -> map(row))
                .one();
    }

    /** The cycle's survey that left DRAFT (at most one), which feeds the cycle's social score. */
    Mono<Survey> live(String cycle) {
        return db.sql("SELECT " + COLUMNS + " FROM survey WHERE cycle = :cycle AND status <> 'DRAFT'")
                .bind("cycle", cycle)
                .map((row, meta) -> map(row))
                .one();
    }

    /** Empty when the version is stale. */
    Mono<Survey> update(UUID id, long version, SurveyDraft draft, SurveyDefinition definition, String author) {
        return fields(db.sql("UPDATE survey SET title = :title, description = :description, opens_at = :opensAt,"
                        + " closes_at = :closesAt, definition = :definition, updated_at = now(), updated_by = :author,"
                        + " version = version + 1 WHERE id = :id AND version = :version RETURNING " + COLUMNS),
                draft, definition)
                .bind("id", id)
                .bind("version", version)
                .bind("author", author)
                .map((row, meta) -> map(row))
                .one();
    }

    /** Empty when the version is stale or the status moved meanwhile. */
    Mono<Survey> move(UUID id, long version, SurveyStatus from, SurveyStatus to, String author) {
        return db.sql("UPDATE survey SET status = :to, updated_at = now(), updated_by = :author, version = version + 1"
                        + " WHERE id = :id AND version = :version AND status = :from RETURNING " + COLUMNS)
                .bind("id", id).bind("version", version).bind("from", from.name()).bind("to", to.name())
                .bind("author", author)
                .map((row, meta) -> map(row))
                .one();
    }

    Flux<Survey> page(String cycle, long offset, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM survey WHERE (:cycle::varchar IS NULL OR cycle = :cycle)"
                        + " ORDER BY cycle DESC, code LIMIT :limit OFFSET :offset")
                .bind("cycle", Parameter.fromOrEmpty(cycle, String.class))
                .bind("limit", limit)
                .bind("offset", offset)
                .map((row, meta) -> map(row))
                .all();
    }

    Mono<Long> count(String cycle) {
        return db.sql("SELECT count(*) AS n FROM survey WHERE (:cycle::varchar IS NULL OR cycle = :cycle)")
                .bind("cycle", Parameter.fromOrEmpty(cycle, String.class))
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    /** The texts, times and definition a draft sets, on insert and update alike. */
    private DatabaseClient.GenericExecuteSpec fields(DatabaseClient.GenericExecuteSpec spec, SurveyDraft draft,
                                                     SurveyDefinition definition) {
        return spec.bind("title", draft.title())
                .bind("description", Parameter.fromOrEmpty(draft.description(), String.class))
                .bind("opensAt", Parameter.fromOrEmpty(draft.opensAt(), OffsetDateTime.class))
                .bind("closesAt", Parameter.fromOrEmpty(draft.closesAt(), OffsetDateTime.class))
                .bind("definition", Json.of(json.writeValueAsBytes(definition)));
    }

    private Survey map(io.r2dbc.spi.Readable row) {
        SurveyDefinition definition = json.readValue(row.get("definition", Json.class).asArray(), SurveyDefinition.class);
        return new Survey(row.get("id", UUID.class), row.get("cycle", String.class), row.get("code", String.class),
                row.get("title", String.class), row.get("description", String.class),
                SurveyStatus.valueOf(row.get("status", String.class)),
                ShanghaiTime.of(row.get("opens_at", OffsetDateTime.class)),
                ShanghaiTime.of(row.get("closes_at", OffsetDateTime.class)),
                definition.trim(), definition.questions(), definition.groups(), false,
                row.get("version", Long.class), ShanghaiTime.of(row.get("created_at", OffsetDateTime.class)),
                row.get("created_by", String.class), ShanghaiTime.of(row.get("updated_at", OffsetDateTime.class)),
                row.get("updated_by", String.class));
    }
}
