package cn.kaohe.indicators.targets;

import cn.kaohe.defaults.transactions.Transactions;
import io.r2dbc.postgresql.codec.Json;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class TargetRepository {

    private static final String COLUMNS = "cycle, unit_code, indicator_code, target_value, points, responsible_unit,"
            + " co_units, version, updated_by, updated_at";
    private static final TypeReference<List<String>> CODES = new TypeReference<>() { };

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final JsonMapper json;

    TargetRepository(DatabaseClient db, TransactionalOperator transaction, JsonMapper json) {
        this.db = db;
        this.transaction = transaction;
        this.json = json;
    }

    Mono<Boolean> isSigned(String cycle, String unit) {
        return db.sql("SELECT 1 FROM target_letter WHERE cycle = :cycle AND unit_code = :unit")
                .bind("cycle", cycle).bind("unit", unit).map((row, meta) -> true).one().defaultIfEmpty(false);
    }

    /** Empty when the letter was already signed. */
    Mono<OffsetDateTime> sign(String cycle, String unit, String author) {
        return db.sql("INSERT INTO target_letter (cycle, unit_code, signed_by) VALUES (:cycle, :unit, :author)"
                        + " ON CONFLICT DO NOTHING RETURNING signed_at")
                .bind("cycle", cycle).bind("unit", unit).bind("author", author)
                .map((row, meta) -> row.get("signed_at", OffsetDateTime.class)).one();
    }

    /** Whether the indicator is a leaf of the cycle's tree (targets are set on leaves only). */
    Mono<Boolean> isLeafIndicator(String cycle, String indicator) {
        return db.sql("SELECT 1 FROM indicator i WHERE i.cycle = :cycle AND i.code = :code AND i.level <> 'SECTION'"
                        + " AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.cycle = i.cycle AND c.parent_code = i.code)")
                .bind("cycle", cycle).bind("code", indicator).map((row, meta) -> true).one().defaultIfEmpty(false);
    }

    Mono<List<String>> unknownUnits(List<String> codes) {
        if (codes.isEmpty()) {
            return Mono.just(List.of());
        }
        return db.sql("SELECT c FROM unnest(:codes::varchar[]) AS c WHERE NOT EXISTS (SELECT 1 FROM unit WHERE code = c)")
                .bind("codes", codes.toArray(String[]::new))
                .map((row, meta) -> row.get("c", String.class)).all().collectList();
    }

    Mono<Target> find(String cycle, String unit, String indicator) {
        return db.sql("SELECT " + COLUMNS + " FROM target WHERE cycle = :cycle AND unit_code = :unit"
                        + " AND indicator_code = :indicator")
                .bind("cycle", cycle).bind("unit", unit).bind("indicator", indicator)
                .map((row, meta) -> map(row)).one();
    }

    Flux<Target> ofUnit(String cycle, String unit) {
        return db.sql("SELECT " + COLUMNS + " FROM target WHERE cycle = :cycle AND unit_code = :unit ORDER BY indicator_code")
                .bind("cycle", cycle).bind("unit", unit).map((row, meta) -> map(row)).all();
    }

    Mono<Target> insert(String cycle, String unit, String indicator, TargetDraft draft, String author) {
        return fields(db.sql("INSERT INTO target (cycle, unit_code, indicator_code, target_value, points,"
                        + " responsible_unit, co_units, updated_by) VALUES (:cycle, :unit, :indicator, :target, :points,"
                        + " :responsible, :coUnits, :author) RETURNING " + COLUMNS), unit, draft)
                .bind("cycle", cycle).bind("unit", unit).bind("indicator", indicator).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    /**
     * Changes a line if {@code version} is current, recording a revision when a reason is given, in one
     * transaction. Empty when the version is stale.
     */
    Mono<Target> update(Target before, TargetDraft draft, String author) {
        Mono<Target> update = fields(db.sql("UPDATE target SET target_value = :target, points = :points,"
                        + " responsible_unit = :responsible, co_units = :coUnits, updated_by = :author,"
                        + " updated_at = now(), version = version + 1 WHERE cycle = :cycle AND unit_code = :unit"
                        + " AND indicator_code = :indicator AND version = :version RETURNING " + COLUMNS),
                before.unit(), draft)
                .bind("cycle", before.cycle()).bind("unit", before.unit()).bind("indicator", before.indicator())
                .bind("author", author).bind("version", draft.version())
                .map((row, meta) -> map(row)).one();
        if (draft.reason() == null || draft.reason().isBlank()) {
            return update;
        }
        return update.flatMap(after -> db.sql("INSERT INTO target_revision (id, cycle, unit_code, indicator_code,"
                                + " before, after, reason, author) VALUES (:id, :cycle, :unit, :indicator, :before, :after,"
                                + " :reason, :author)")
                        .bind("id", UUID.randomUUID()).bind("cycle", after.cycle()).bind("unit", after.unit())
                        .bind("indicator", after.indicator())
                        .bind("before", Json.of(json.writeValueAsBytes(before)))
                        .bind("after", Json.of(json.writeValueAsBytes(after)))
                        .bind("reason", draft.reason()).bind("author", author)
                        .fetch().rowsUpdated().thenReturn(after))
                .as(transaction::transactional).as(Transactions::toTheEnd);
    }

    Flux<TargetRevision> revisions(String cycle, String unit, String indicator) {
        return db.sql("SELECT id, before, after, reason, author, revised_at FROM target_revision WHERE cycle = :cycle"
                        + " AND unit_code = :unit AND indicator_code = :indicator ORDER BY revised_at, id")
                .bind("cycle", cycle).bind("unit", unit).bind("indicator", indicator)
                .map((row, meta) -> new TargetRevision(row.get("id", UUID.class),
                        row.get("before", Json.class) == null ? null
                                : json.readValue(row.get("before", Json.class).asArray(), Target.class),
                        json.readValue(row.get("after", Json.class).asArray(), Target.class),
                        row.get("reason", String.class), row.get("author", String.class),
                        row.get("revised_at", OffsetDateTime.class)))
                .all();
    }

    private DatabaseClient.GenericExecuteSpec fields(DatabaseClient.GenericExecuteSpec spec, String unit, TargetDraft draft) {
        return spec.bind("target", Parameter.fromOrEmpty(draft.target(), BigDecimal.class))
                .bind("points", Parameter.fromOrEmpty(draft.points(), BigDecimal.class))
                .bind("responsible", draft.responsibleUnit() == null ? unit : draft.responsibleUnit())
                .bind("coUnits", Json.of(json.writeValueAsBytes(draft.coUnitsOrEmpty())));
    }

    private Target map(io.r2dbc.spi.Readable row) {
        return new Target(row.get("cycle", String.class), row.get("unit_code", String.class),
                row.get("indicator_code", String.class), row.get("target_value", BigDecimal.class) == null ? null
                        : row.get("target_value", BigDecimal.class).stripTrailingZeros(),
                row.get("points", BigDecimal.class) == null ? null : row.get("points", BigDecimal.class).stripTrailingZeros(),
                row.get("responsible_unit", String.class),
                json.readValue(row.get("co_units", Json.class).asArray(), CODES),
                row.get("version", Long.class), row.get("updated_by", String.class),
                row.get("updated_at", OffsetDateTime.class));
    }
}
