package cn.kaohe.scoring.rulebooks;

import cn.kaohe.scoring.engine.scenario.Rulebook;
import io.r2dbc.postgresql.codec.Json;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@Repository
class RulebookRepository {

    private static final String SUMMARY = "cycle, version, reason, created_by, created_at";

    private final DatabaseClient db;
    private final JsonMapper json;

    RulebookRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Integer> latestVersion(String cycle) {
        return db.sql("SELECT coalesce(max(version), 0) AS v FROM rulebook_version WHERE cycle = :cycle")
                .bind("cycle", cycle)
                .map((row, meta) -> row.get("v", Integer.class))
                .one();
    }

    /** Fails with a duplicate key when another revision took the version first. */
    Mono<RulebookVersion> insert(String cycle, int version, Rulebook rulebook, String reason, String author) {
        var spec = db.sql("INSERT INTO rulebook_version (cycle, version, document, reason, created_by)"
                        + " VALUES (:cycle, :version, :document, :reason, :author) RETURNING " + SUMMARY + ", document")
                .bind("cycle", cycle)
                .bind("version", version)
                .bind("document", Json.of(json.writeValueAsBytes(rulebook)))
                .bind("author", author);
        spec = reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason);
        return spec.map((row, meta) -> full(row)).one();
    }

    Mono<RulebookVersion> find(String cycle, int version) {
        return db.sql("SELECT " + SUMMARY + ", document FROM rulebook_version WHERE cycle = :cycle AND version = :version")
                .bind("cycle", cycle)
                .bind("version", version)
                .map((row, meta) -> full(row))
                .one();
    }

    Flux<RulebookVersion.Summary> page(String cycle, long offset, int limit) {
        return db.sql("SELECT " + SUMMARY + " FROM rulebook_version WHERE cycle = :cycle"
                        + " ORDER BY version DESC LIMIT :limit OFFSET :offset")
                .bind("cycle", cycle)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((row, meta) -> summary(row))
                .all();
    }

    Mono<Long> count(String cycle) {
        return db.sql("SELECT count(*) AS n FROM rulebook_version WHERE cycle = :cycle")
                .bind("cycle", cycle)
                .map((row, meta) -> row.get("n", Long.class))
                .one();
    }

    private RulebookVersion full(io.r2dbc.spi.Readable row) {
        Rulebook rulebook = json.readValue(row.get("document", Json.class).asArray(), Rulebook.class);
        RulebookVersion.Summary s = summary(row);
        return new RulebookVersion(s.cycle(), s.version(), s.reason(), s.createdBy(), s.createdAt(), rulebook);
    }

    private static RulebookVersion.Summary summary(io.r2dbc.spi.Readable row) {
        return new RulebookVersion.Summary(row.get("cycle", String.class), row.get("version", Integer.class),
                row.get("reason", String.class), row.get("created_by", String.class),
                row.get("created_at", OffsetDateTime.class));
    }
}
