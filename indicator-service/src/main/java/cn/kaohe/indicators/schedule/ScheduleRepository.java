package cn.kaohe.indicators.schedule;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ScheduleRepository {

    /** What the rules need of one target: the indicator's direction and schedule, the latest approved actual. */
    record Row(String unit, String indicator, BigDecimal target, boolean higherIsBetter, List<BigDecimal> schedule,
               BigDecimal actual, String actualPeriod, String responsibleUnit, List<String> coUnits) {
    }

    private static final TypeReference<List<BigDecimal>> SHARES = new TypeReference<>() { };
    private static final TypeReference<List<String>> CODES = new TypeReference<>() { };

    private final DatabaseClient db;
    private final JsonMapper json;

    ScheduleRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Streams every target of the cycle (of one unit when {@code onlyUnit} is set) with its latest approved actual. */
    Flux<Row> rows(String cycle, String period, String onlyUnit) {
        return db.sql("SELECT t.unit_code, t.indicator_code, t.target_value, t.responsible_unit, t.co_units, i.direction,"
                        + " i.schedule, r.actual, r.period"
                        + " FROM target t JOIN indicator i ON i.cycle = t.cycle AND i.code = t.indicator_code"
                        + " LEFT JOIN LATERAL (SELECT actual, period FROM progress_report p WHERE p.cycle = t.cycle"
                        + " AND p.unit_code = t.unit_code AND p.indicator_code = t.indicator_code AND p.status = 'APPROVED'"
                        + " AND p.period <= :period ORDER BY p.period DESC LIMIT 1) r ON true"
                        // Only targets with a value have a schedule; levels and ranks are not paced.
                        + " WHERE t.cycle = :cycle AND t.target_value IS NOT NULL"
                        + " AND (:unit::varchar IS NULL OR t.unit_code = :unit)"
                        + " ORDER BY t.unit_code, t.indicator_code")
                .bind("cycle", cycle).bind("period", period)
                .bind("unit", Parameter.fromOrEmpty(onlyUnit, String.class))
                .map((row, meta) -> {
                    io.r2dbc.postgresql.codec.Json schedule = row.get("schedule", io.r2dbc.postgresql.codec.Json.class);
                    return new Row(row.get("unit_code", String.class), row.get("indicator_code", String.class),
                            row.get("target_value", BigDecimal.class).stripTrailingZeros(),
                            !"LOWER_BETTER".equals(row.get("direction", String.class)),
                            schedule == null ? null : json.readValue(schedule.asArray(), SHARES),
                            row.get("actual", BigDecimal.class) == null ? null
                                    : row.get("actual", BigDecimal.class).stripTrailingZeros(),
                            row.get("period", String.class), row.get("responsible_unit", String.class),
                            json.readValue(row.get("co_units", io.r2dbc.postgresql.codec.Json.class).asArray(), CODES));
                })
                .all();
    }
}
