package cn.kaohe.indicators.schedule;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // A cycle has a few hundred distinct schedules and co-unit lists for its many targets: parse each once.
        return Flux.defer(() -> rows(cycle, period, onlyUnit, new Parsed()));
    }

    private Flux<Row> rows(String cycle, String period, String onlyUnit, Parsed parsed) {
        // The latest approved report per unit x indicator comes from one ordered pass over its partial index
        // (newest period first), merged with the targets: no lookup per target, no sort.
        return db.sql("SELECT t.unit_code, t.indicator_code, t.target_value, t.responsible_unit, t.co_units, i.direction,"
                        + " i.schedule, r.actual, r.period"
                        + " FROM target t JOIN indicator i ON i.cycle = t.cycle AND i.code = t.indicator_code"
                        + " LEFT JOIN (SELECT DISTINCT ON (unit_code, indicator_code) unit_code, indicator_code, actual, period"
                        + " FROM progress_report WHERE cycle = :cycle AND status = 'APPROVED' AND period <= :period"
                        + " AND (:unit::varchar IS NULL OR unit_code = :unit)"
                        + " ORDER BY unit_code, indicator_code, period DESC) r"
                        + " ON r.unit_code = t.unit_code AND r.indicator_code = t.indicator_code"
                        // Only targets with a value have a schedule; levels and ranks are not paced.
                        + " WHERE t.cycle = :cycle AND t.target_value IS NOT NULL"
                        + " AND (:unit::varchar IS NULL OR t.unit_code = :unit)"
                        + " ORDER BY t.unit_code, t.indicator_code")
                .bind("cycle", cycle).bind("period", period)
                .bind("unit", Parameter.fromOrEmpty(onlyUnit, String.class))
                .map((row, meta) -> {
                    String schedule = row.get("schedule", String.class);
                    BigDecimal actual = row.get("actual", BigDecimal.class);
                    return new Row(row.get("unit_code", String.class), row.get("indicator_code", String.class),
                            row.get("target_value", BigDecimal.class).stripTrailingZeros(),
                            !"LOWER_BETTER".equals(row.get("direction", String.class)),
                            schedule == null ? null : parsed.schedule(schedule),
                            actual == null ? null : actual.stripTrailingZeros(),
                            row.get("period", String.class), row.get("responsible_unit", String.class),
                            parsed.codes(row.get("co_units", String.class)));
                })
                .all();
    }

    /** The JSON columns of one query's rows, each distinct text parsed once (one subscriber, one thread at a time). */
    private final class Parsed {
        private final Map<String, List<BigDecimal>> schedules = new HashMap<>();
        private final Map<String, List<String>> codes = new HashMap<>();

        List<BigDecimal> schedule(String text) {
            return schedules.computeIfAbsent(text, raw -> List.copyOf(json.readValue(raw, SHARES)));
        }

        List<String> codes(String text) {
            return codes.computeIfAbsent(text, raw -> List.copyOf(json.readValue(raw, CODES)));
        }
    }
}
