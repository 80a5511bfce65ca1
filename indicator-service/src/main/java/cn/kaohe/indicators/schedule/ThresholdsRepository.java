package cn.kaohe.indicators.schedule;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class ThresholdsRepository {

    private static final String COLUMNS = "cycle, red_below_gap, control_yellow_share, version, updated_by, updated_at";

    private final DatabaseClient db;

    ThresholdsRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The cycle's own thresholds, empty when it uses the defaults. */
    Mono<CycleThresholds> find(String cycle) {
        return db.sql("SELECT " + COLUMNS + " FROM cycle_thresholds WHERE cycle = :cycle").bind("cycle", cycle)
                .map((row, meta) -> map(row)).one();
    }

    /**
     * Writes the thresholds if {@code version} is current: version 0 of a cycle on the defaults creates its
     * row. Empty when the version is stale.
     */
    Mono<CycleThresholds> save(String cycle, ThresholdsDraft draft, String author) {
        String sql = draft.version() == 0
                ? "INSERT INTO cycle_thresholds (cycle, red_below_gap, control_yellow_share, version, updated_by)"
                        + " VALUES (:cycle, :gap, :share, 1, :author) ON CONFLICT (cycle) DO NOTHING RETURNING " + COLUMNS
                : "UPDATE cycle_thresholds SET red_below_gap = :gap, control_yellow_share = :share,"
                        + " version = version + 1, updated_by = :author, updated_at = now()"
                        + " WHERE cycle = :cycle AND version = :version RETURNING " + COLUMNS;
        var spec = db.sql(sql).bind("cycle", cycle).bind("gap", draft.redBelowGap())
                .bind("share", draft.controlYellowShare()).bind("author", author);
        if (draft.version() != 0) {
            spec = spec.bind("version", draft.version());
        }
        return spec.map((row, meta) -> map(row)).one();
    }

    private static CycleThresholds map(io.r2dbc.spi.Readable row) {
        return new CycleThresholds(row.get("cycle", String.class),
                row.get("red_below_gap", BigDecimal.class).stripTrailingZeros(),
                row.get("control_yellow_share", BigDecimal.class).stripTrailingZeros(), row.get("version", Long.class),
                row.get("updated_by", String.class), row.get("updated_at", OffsetDateTime.class));
    }
}
