package cn.kaohe.indicators.facts;

import java.math.BigDecimal;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** The read model the scoring service consumes: only units placed in the cycle, only approved values. */
@Repository
class FactsRepository {

    private final DatabaseClient db;

    FactsRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<CycleFacts.Unit> units(String cycle) {
        return db.sql("SELECT u.code, u.name, uc.category FROM unit_category uc JOIN unit u ON u.code = uc.unit_code"
                        + " WHERE uc.cycle = :cycle ORDER BY u.code")
                .bind("cycle", cycle)
                .map((row, meta) -> new CycleFacts.Unit(row.get("code", String.class), row.get("name", String.class),
                        row.get("category", String.class)))
                .all();
    }

    Flux<CycleFacts.Assignment> assignments(String cycle) {
        return db.sql("SELECT t.unit_code, t.indicator_code, t.target_value, t.points FROM target t"
                        + " JOIN unit_category uc ON uc.cycle = t.cycle AND uc.unit_code = t.unit_code"
                        + " WHERE t.cycle = :cycle ORDER BY t.unit_code, t.indicator_code")
                .bind("cycle", cycle)
                .map((row, meta) -> new CycleFacts.Assignment(row.get("unit_code", String.class),
                        row.get("indicator_code", String.class), plain(row.get("target_value", BigDecimal.class)),
                        plain(row.get("points", BigDecimal.class))))
                .all();
    }

    /** Each unit x indicator's latest approved cumulative actual up to {@code asOf} (all periods when null). */
    Flux<CycleFacts.Value> approvedValues(String cycle, String asOf) {
        return db.sql("SELECT DISTINCT ON (r.unit_code, r.indicator_code) r.unit_code, r.indicator_code, r.actual"
                        + " FROM progress_report r JOIN target t ON t.cycle = r.cycle AND t.unit_code = r.unit_code"
                        + " AND t.indicator_code = r.indicator_code"
                        + " JOIN unit_category uc ON uc.cycle = r.cycle AND uc.unit_code = r.unit_code"
                        + " WHERE r.cycle = :cycle AND r.status = 'APPROVED' AND (:asOf::varchar IS NULL OR r.period <= :asOf)"
                        + " ORDER BY r.unit_code, r.indicator_code, r.period DESC")
                .bind("cycle", cycle).bind("asOf", Parameter.fromOrEmpty(asOf, String.class))
                .map((row, meta) -> new CycleFacts.Value(row.get("unit_code", String.class),
                        row.get("indicator_code", String.class), plain(row.get("actual", BigDecimal.class))))
                .all();
    }

    /** The filter of the office's fact records: active, of a unit placed in the cycle, dated up to asOf's month. */
    private static final String ACTIVE_AS_OF = " FROM fact_record f JOIN unit_category uc ON uc.cycle = f.cycle"
            + " AND uc.unit_code = f.unit_code WHERE f.cycle = :cycle AND f.kind = :kind AND f.status = 'ACTIVE'"
            + " AND (:asOf::varchar IS NULL OR f.fact_date < to_date(:asOf, 'YYYY-MM') + interval '1 month')";

    /** Each unit x indicator's latest active level dated up to {@code asOf}. */
    Flux<CycleFacts.Level> levels(String cycle, String asOf) {
        return db.sql("SELECT DISTINCT ON (f.unit_code, f.indicator_code) f.unit_code, f.indicator_code, f.level"
                        + ACTIVE_AS_OF + " ORDER BY f.unit_code, f.indicator_code, f.fact_date DESC, f.recorded_at DESC")
                .bind("cycle", cycle).bind("kind", "LEVEL").bind("asOf", Parameter.fromOrEmpty(asOf, String.class))
                .map((row, meta) -> new CycleFacts.Level(row.get("unit_code", String.class),
                        row.get("indicator_code", String.class), row.get("level", String.class)))
                .all();
    }

    Flux<CycleFacts.Adjustment> adjustments(String cycle, String asOf) {
        return db.sql("SELECT f.unit_code, f.rule_code, f.points, f.dedupe_key" + ACTIVE_AS_OF
                        + " ORDER BY f.unit_code, f.rule_code, f.fact_date, f.id")
                .bind("cycle", cycle).bind("kind", "ADJUSTMENT").bind("asOf", Parameter.fromOrEmpty(asOf, String.class))
                .map((row, meta) -> new CycleFacts.Adjustment(row.get("unit_code", String.class),
                        row.get("rule_code", String.class), plain(row.get("points", BigDecimal.class)),
                        row.get("dedupe_key", String.class)))
                .all();
    }

    Flux<CycleFacts.Veto> vetoes(String cycle, String asOf) {
        return db.sql("SELECT f.unit_code, f.rule_code" + ACTIVE_AS_OF + " ORDER BY f.unit_code, f.rule_code, f.fact_date, f.id")
                .bind("cycle", cycle).bind("kind", "VETO").bind("asOf", Parameter.fromOrEmpty(asOf, String.class))
                .map((row, meta) -> new CycleFacts.Veto(row.get("unit_code", String.class),
                        row.get("rule_code", String.class)))
                .all();
    }

    /** Each section with the leaf indicators below it (indicators without children, and sub-indicators). */
    Flux<CycleFacts.Section> sections(String cycle) {
        return db.sql("SELECT s.code, s.name, coalesce(array_agg(l.code ORDER BY l.position, l.code)"
                        + " FILTER (WHERE l.code IS NOT NULL), '{}') AS leaves FROM indicator s"
                        + " LEFT JOIN indicator i ON i.cycle = s.cycle AND i.parent_code = s.code"
                        + " LEFT JOIN indicator l ON l.cycle = s.cycle AND ((l.code = i.code AND NOT EXISTS"
                        + " (SELECT 1 FROM indicator c WHERE c.cycle = i.cycle AND c.parent_code = i.code))"
                        + " OR l.parent_code = i.code)"
                        + " WHERE s.cycle = :cycle AND s.level = 'SECTION' GROUP BY s.code, s.name, s.position"
                        + " ORDER BY s.position, s.code")
                .bind("cycle", cycle)
                .map((row, meta) -> new CycleFacts.Section(row.get("code", String.class), row.get("name", String.class),
                        java.util.List.of(row.get("leaves", String[].class))))
                .all();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
