package cn.kaohe.indicators.units;

import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class UnitRepository {

    private static final String COLUMNS = "code, name, kind, parent_code, keycloak_group, version, created_at, updated_at";

    private final DatabaseClient db;

    UnitRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Unit> insert(UnitDraft unit) {
        var spec = db.sql("INSERT INTO unit (code, name, kind, parent_code, keycloak_group)"
                        + " VALUES (:code, :name, :kind, :parent, :group) RETURNING " + COLUMNS)
                .bind("code", unit.code())
                .bind("name", unit.name())
                .bind("kind", unit.kind().name())
                .bind("group", unit.groupOrDefault());
        spec = unit.parent() == null ? spec.bindNull("parent", String.class) : spec.bind("parent", unit.parent());
        return spec.map((row, meta) -> map(row)).one();
    }

    /** Empty when the version is stale (or the unit is gone): the caller answers 409 or 404. */
    Mono<Unit> update(String code, UnitDraft unit) {
        var spec = db.sql("UPDATE unit SET name = :name, kind = :kind, parent_code = :parent, keycloak_group = :group,"
                        + " version = version + 1, updated_at = now() WHERE code = :code AND version = :version"
                        + " RETURNING " + COLUMNS)
                .bind("code", code)
                .bind("name", unit.name())
                .bind("kind", unit.kind().name())
                .bind("group", unit.keycloakGroup() == null ? "/units/" + code : unit.keycloakGroup())
                .bind("version", unit.version());
        spec = unit.parent() == null ? spec.bindNull("parent", String.class) : spec.bind("parent", unit.parent());
        return spec.map((row, meta) -> map(row)).one();
    }

    Mono<Unit> find(String code) {
        return db.sql("SELECT " + COLUMNS + " FROM unit WHERE code = :code")
                .bind("code", code)
                .map((row, meta) -> map(row))
                .one();
    }

    Mono<Boolean> exists(String code) {
        return db.sql("SELECT 1 FROM unit WHERE code = :code").bind("code", code)
                .map((row, meta) -> true).one().defaultIfEmpty(false);
    }

    /** A page of units, all of them or only {@code onlyCode} for a unit-scoped caller. */
    Flux<Unit> page(String onlyCode, long offset, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM unit WHERE (:only::varchar IS NULL OR code = :only)"
                        + " ORDER BY code LIMIT :limit OFFSET :offset")
                .bind("only", org.springframework.r2dbc.core.Parameter.fromOrEmpty(onlyCode, String.class))
                .bind("limit", limit)
                .bind("offset", offset)
                .map((row, meta) -> map(row))
                .all();
    }

    Mono<Long> count(String onlyCode) {
        return db.sql("SELECT count(*) AS n FROM unit WHERE (:only::varchar IS NULL OR code = :only)")
                .bind("only", org.springframework.r2dbc.core.Parameter.fromOrEmpty(onlyCode, String.class))
                .map((row, meta) -> row.get("n", Long.class))
                .one();
    }

    private static Unit map(io.r2dbc.spi.Readable row) {
        return new Unit(row.get("code", String.class), row.get("name", String.class),
                UnitKind.valueOf(row.get("kind", String.class)), row.get("parent_code", String.class),
                row.get("keycloak_group", String.class), row.get("version", Long.class),
                row.get("created_at", OffsetDateTime.class), row.get("updated_at", OffsetDateTime.class));
    }
}
