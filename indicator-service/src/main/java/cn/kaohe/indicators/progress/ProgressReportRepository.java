package cn.kaohe.indicators.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class ProgressReportRepository {

    private static final String COLUMNS = "id, cycle, unit_code, indicator_code, period, actual, comment, status,"
            + " return_comment, version, created_by, created_at, updated_by, updated_at";

    private final DatabaseClient db;

    ProgressReportRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The lead department of an indicator (null when none), empty when the indicator is unknown. */
    Mono<java.util.Optional<String>> leadDepartment(String cycle, String indicator) {
        return db.sql("SELECT lead_department FROM indicator WHERE cycle = :cycle AND code = :code AND level <> 'SECTION'")
                .bind("cycle", cycle).bind("code", indicator)
                .map((row, meta) -> java.util.Optional.ofNullable(row.get("lead_department", String.class))).one();
    }

    Mono<ProgressReport> insert(String cycle, ReportDraft draft, String author) {
        return db.sql("INSERT INTO progress_report (id, cycle, unit_code, indicator_code, period, actual, comment, status,"
                        + " created_by, updated_by) VALUES (:id, :cycle, :unit, :indicator, :period, :actual, :comment,"
                        + " 'DRAFT', :author, :author) RETURNING " + COLUMNS)
                .bind("id", UUID.randomUUID()).bind("cycle", cycle).bind("unit", draft.unit())
                .bind("indicator", draft.indicator()).bind("period", draft.period()).bind("actual", draft.actual())
                .bind("comment", Parameter.fromOrEmpty(draft.comment(), String.class)).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    Mono<ProgressReport> find(String cycle, UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM progress_report WHERE cycle = :cycle AND id = :id")
                .bind("cycle", cycle).bind("id", id).map((row, meta) -> map(row)).one();
    }

    /** Empty when the version is stale or the state moved meanwhile. */
    Mono<ProgressReport> edit(ProgressReport report, ReportDraft draft, String author) {
        return db.sql("UPDATE progress_report SET actual = :actual, comment = :comment, updated_by = :author,"
                        + " updated_at = now(), version = version + 1 WHERE id = :id AND version = :version"
                        + " AND status = :status RETURNING " + COLUMNS)
                .bind("id", report.id()).bind("version", draft.version()).bind("status", report.status().name())
                .bind("actual", draft.actual()).bind("comment", Parameter.fromOrEmpty(draft.comment(), String.class))
                .bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    /** Moves a report to its next state if {@code version} is current; empty otherwise. */
    Mono<ProgressReport> move(ProgressReport report, long version, ReportStatus to, String returnComment, String author) {
        return db.sql("UPDATE progress_report SET status = :to, return_comment = :returnComment, updated_by = :author,"
                        + " updated_at = now(), version = version + 1 WHERE id = :id AND version = :version"
                        + " AND status = :from RETURNING " + COLUMNS)
                .bind("id", report.id()).bind("version", version).bind("from", report.status().name())
                .bind("to", to.name()).bind("returnComment", Parameter.fromOrEmpty(returnComment, String.class))
                .bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    /**
     * Replaces an approved report's value if {@code version} is current, keeping the replaced value with the
     * reason. Empty when the version is stale or the report is no longer approved. Run in a transaction.
     */
    Mono<ProgressReport> correct(ProgressReport report, long version, BigDecimal actual, String reason, String author) {
        return db.sql("UPDATE progress_report SET actual = :actual, updated_by = :author, updated_at = now(),"
                        + " version = version + 1 WHERE id = :id AND version = :version AND status = 'APPROVED'"
                        + " RETURNING " + COLUMNS)
                .bind("id", report.id()).bind("version", version).bind("actual", actual).bind("author", author)
                .map((row, meta) -> map(row)).one()
                .flatMap(after -> db.sql("INSERT INTO progress_correction (id, report_id, before_actual, after_actual,"
                                + " reason, corrected_by) VALUES (:id, :report, :before, :after, :reason, :author)")
                        .bind("id", UUID.randomUUID()).bind("report", report.id()).bind("before", report.actual())
                        .bind("after", actual).bind("reason", reason).bind("author", author)
                        .fetch().rowsUpdated().thenReturn(after));
    }

    Flux<Correction> corrections(UUID report) {
        return db.sql("SELECT id, report_id, before_actual, after_actual, reason, corrected_by, corrected_at"
                        + " FROM progress_correction WHERE report_id = :report ORDER BY corrected_at, id")
                .bind("report", report)
                .map((row, meta) -> new Correction(row.get("id", UUID.class), row.get("report_id", UUID.class),
                        row.get("before_actual", BigDecimal.class).stripTrailingZeros(),
                        row.get("after_actual", BigDecimal.class).stripTrailingZeros(), row.get("reason", String.class),
                        row.get("corrected_by", String.class), row.get("corrected_at", OffsetDateTime.class)))
                .all();
    }

    Flux<ProgressReport> list(String cycle, String unit, String indicator, String period, String status,
                              long offset, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM progress_report WHERE cycle = :cycle" + FILTER
                        + " ORDER BY period DESC, unit_code, indicator_code LIMIT :limit OFFSET :offset")
                .bind("cycle", cycle).bind("unit", Parameter.fromOrEmpty(unit, String.class))
                .bind("indicator", Parameter.fromOrEmpty(indicator, String.class))
                .bind("period", Parameter.fromOrEmpty(period, String.class))
                .bind("status", Parameter.fromOrEmpty(status, String.class))
                .bind("limit", limit).bind("offset", offset)
                .map((row, meta) -> map(row)).all();
    }

    Mono<Long> count(String cycle, String unit, String indicator, String period, String status) {
        return db.sql("SELECT count(*) AS n FROM progress_report WHERE cycle = :cycle" + FILTER)
                .bind("cycle", cycle).bind("unit", Parameter.fromOrEmpty(unit, String.class))
                .bind("indicator", Parameter.fromOrEmpty(indicator, String.class))
                .bind("period", Parameter.fromOrEmpty(period, String.class))
                .bind("status", Parameter.fromOrEmpty(status, String.class))
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    private static final String FILTER = " AND (:unit::varchar IS NULL OR unit_code = :unit)"
            + " AND (:indicator::varchar IS NULL OR indicator_code = :indicator)"
            + " AND (:period::varchar IS NULL OR period = :period)"
            + " AND (:status::varchar IS NULL OR status = :status)";

    private static ProgressReport map(io.r2dbc.spi.Readable row) {
        return new ProgressReport(row.get("id", UUID.class), row.get("cycle", String.class),
                row.get("unit_code", String.class), row.get("indicator_code", String.class),
                row.get("period", String.class), row.get("actual", BigDecimal.class).stripTrailingZeros(),
                row.get("comment", String.class), ReportStatus.valueOf(row.get("status", String.class)),
                row.get("return_comment", String.class), row.get("version", Long.class),
                row.get("created_by", String.class), row.get("created_at", OffsetDateTime.class),
                row.get("updated_by", String.class), row.get("updated_at", OffsetDateTime.class));
    }
}
