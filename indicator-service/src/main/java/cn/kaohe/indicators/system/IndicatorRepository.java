package cn.kaohe.indicators.system;

import io.r2dbc.postgresql.codec.Json;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class IndicatorRepository {

    private static final String COLUMNS = "cycle, code, parent_code, level, name, unit_of_measure, direction,"
            + " lead_department, frequency, schedule, position, version";
    private static final TypeReference<List<BigDecimal>> SHARES = new TypeReference<>() { };

    private final DatabaseClient db;
    private final JsonMapper json;

    IndicatorRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<IndicatorLevel> levelOf(String cycle, String code) {
        if (code == null) {
            return Mono.empty();
        }
        return db.sql("SELECT level FROM indicator WHERE cycle = :cycle AND code = :code")
                .bind("cycle", cycle).bind("code", code)
                .map((row, meta) -> IndicatorLevel.valueOf(row.get("level", String.class))).one();
    }

    Mono<Indicator> insert(String cycle, IndicatorDraft draft) {
        return bindFields(db.sql("INSERT INTO indicator (cycle, code, parent_code, level, name, unit_of_measure,"
                        + " direction, lead_department, frequency, schedule, position) VALUES (:cycle, :code, :parent,"
                        + " :level, :name, :unitOfMeasure, :direction, :leadDepartment, :frequency, :schedule, :position)"
                        + " RETURNING " + COLUMNS), draft)
                .bind("cycle", cycle).bind("code", draft.code()).bind("level", draft.level().name())
                .map((row, meta) -> map(row)).one();
    }

    /** Empty when the version is stale or the indicator is gone. Level and parent do not change here. */
    Mono<Indicator> update(String cycle, String code, IndicatorDraft draft) {
        return bindFields(db.sql("UPDATE indicator SET parent_code = :parent, name = :name,"
                        + " unit_of_measure = :unitOfMeasure, direction = :direction, lead_department = :leadDepartment,"
                        + " frequency = :frequency, schedule = :schedule, position = :position, version = version + 1"
                        + " WHERE cycle = :cycle AND code = :code AND version = :version RETURNING " + COLUMNS), draft)
                .bind("cycle", cycle).bind("code", code).bind("version", draft.version())
                .map((row, meta) -> map(row)).one();
    }

    private DatabaseClient.GenericExecuteSpec bindFields(DatabaseClient.GenericExecuteSpec spec, IndicatorDraft draft) {
        return spec
                .bind("parent", Parameter.fromOrEmpty(draft.parent(), String.class))
                .bind("name", draft.name())
                .bind("unitOfMeasure", Parameter.fromOrEmpty(draft.unitOfMeasure(), String.class))
                .bind("direction", Parameter.fromOrEmpty(
                        draft.directionOrDefault() == null ? null : draft.directionOrDefault().name(), String.class))
                .bind("leadDepartment", Parameter.fromOrEmpty(draft.leadDepartment(), String.class))
                .bind("frequency", Parameter.fromOrEmpty(draft.frequency() == null ? null : draft.frequency().name(),
                        String.class))
                .bind("schedule", Parameter.fromOrEmpty(draft.schedule() == null ? null
                        : Json.of(json.writeValueAsBytes(draft.schedule())), Json.class))
                .bind("position", draft.position() == null ? 0 : draft.position());
    }

    Mono<Indicator> find(String cycle, String code) {
        return db.sql("SELECT " + COLUMNS + " FROM indicator WHERE cycle = :cycle AND code = :code")
                .bind("cycle", cycle).bind("code", code).map((row, meta) -> map(row)).one();
    }

    /** The tree in reading order: sections, then each level by position and code. */
    Flux<Indicator> tree(String cycle) {
        return db.sql("SELECT " + COLUMNS + " FROM indicator WHERE cycle = :cycle"
                        + " ORDER BY CASE level WHEN 'SECTION' THEN 0 WHEN 'INDICATOR' THEN 1 ELSE 2 END, position, code")
                .bind("cycle", cycle).map((row, meta) -> map(row)).all();
    }

    Mono<Long> count(String cycle) {
        return db.sql("SELECT count(*) AS n FROM indicator WHERE cycle = :cycle").bind("cycle", cycle)
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    /** Copies one cycle's whole tree into another, parents before children (one statement). */
    Flux<Indicator> copy(String fromCycle, String toCycle) {
        return db.sql("INSERT INTO indicator (cycle, code, parent_code, level, name, unit_of_measure, direction,"
                        + " lead_department, frequency, schedule, position) SELECT :to, code, parent_code, level, name,"
                        + " unit_of_measure, direction, lead_department, frequency, schedule, position FROM indicator"
                        + " WHERE cycle = :from RETURNING " + COLUMNS)
                .bind("from", fromCycle).bind("to", toCycle).map((row, meta) -> map(row)).all();
    }

    private Indicator map(io.r2dbc.spi.Readable row) {
        Json schedule = row.get("schedule", Json.class);
        String direction = row.get("direction", String.class);
        String frequency = row.get("frequency", String.class);
        return new Indicator(row.get("cycle", String.class), row.get("code", String.class),
                row.get("parent_code", String.class), IndicatorLevel.valueOf(row.get("level", String.class)),
                row.get("name", String.class), row.get("unit_of_measure", String.class),
                direction == null ? null : Direction.valueOf(direction), row.get("lead_department", String.class),
                frequency == null ? null : Frequency.valueOf(frequency),
                schedule == null ? null : json.readValue(schedule.asArray(), SHARES),
                row.get("position", Integer.class), row.get("version", Long.class));
    }
}
