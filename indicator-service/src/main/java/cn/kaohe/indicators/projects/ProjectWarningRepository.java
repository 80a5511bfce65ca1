package cn.kaohe.indicators.projects;

import cn.kaohe.indicators.warnings.WarningStatus;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Project warnings; every state change is one method here (for the audit log). */
@Repository
class ProjectWarningRepository {

    private static final String COLUMNS = "id, cycle, project_code, unit_code, period, colour, months_late, status,"
            + " measures, acknowledged_by, acknowledged_at, escalated_period, closed_period, closed_at, recovered,"
            + " issued_by, issued_at, version";

    private final DatabaseClient db;

    ProjectWarningRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<ProjectWarning> open(String cycle) {
        return db.sql("SELECT " + COLUMNS + " FROM project_warning WHERE cycle = :cycle AND status <> 'CLOSED'")
                .bind("cycle", cycle).map((row, meta) -> map(row)).all();
    }

    /** Empty when the project got an open warning meanwhile. */
    Mono<ProjectWarning> issue(String period, KeyProject project, ProjectPlan.StartCheck check, String author) {
        return db.sql("INSERT INTO project_warning (id, cycle, project_id, project_code, unit_code, period, colour,"
                        + " months_late, status, issued_by) SELECT :id, p.cycle, p.id, p.code, p.unit_code, :period,"
                        + " :colour, :late, 'ISSUED', :author FROM key_project p WHERE p.cycle = :cycle AND p.code = :code"
                        + " ON CONFLICT DO NOTHING RETURNING " + COLUMNS)
                .bind("id", UUID.randomUUID()).bind("cycle", project.cycle()).bind("code", project.code())
                .bind("period", period).bind("colour", check.colour().name()).bind("late", check.monthsLate())
                .bind("author", author).map((row, meta) -> map(row)).one();
    }

    Mono<ProjectWarning> escalate(ProjectWarning warning, ProjectPlan.StartCheck check, String period) {
        return db.sql("UPDATE project_warning SET colour = 'RED', months_late = :late, escalated_period = :period,"
                        + " version = version + 1 WHERE id = :id AND status <> 'CLOSED' RETURNING " + COLUMNS)
                .bind("id", warning.id()).bind("late", check.monthsLate()).bind("period", period)
                .map((row, meta) -> map(row)).one();
    }

    Mono<ProjectWarning> close(ProjectWarning warning, String period) {
        return db.sql("UPDATE project_warning SET status = 'CLOSED', closed_period = :period, closed_at = now(),"
                        + " recovered = (colour = 'RED'), version = version + 1 WHERE id = :id AND status <> 'CLOSED'"
                        + " RETURNING " + COLUMNS)
                .bind("id", warning.id()).bind("period", period).map((row, meta) -> map(row)).one();
    }

    /** Empty when the version is stale or the warning is no longer merely issued. */
    Mono<ProjectWarning> acknowledge(ProjectWarning warning, long version, String measures, String author) {
        return db.sql("UPDATE project_warning SET status = 'ACKNOWLEDGED', measures = :measures,"
                        + " acknowledged_by = :author, acknowledged_at = now(), version = version + 1"
                        + " WHERE id = :id AND version = :version AND status = 'ISSUED' RETURNING " + COLUMNS)
                .bind("id", warning.id()).bind("version", version).bind("measures", measures).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    Mono<ProjectWarning> find(String cycle, UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM project_warning WHERE cycle = :cycle AND id = :id")
                .bind("cycle", cycle).bind("id", id).map((row, meta) -> map(row)).one();
    }

    /** The cycle's project warnings, newest first; {@code unit} narrows to one unit's. */
    Flux<ProjectWarning> list(String cycle, String status, String unit) {
        return db.sql("SELECT " + COLUMNS + " FROM project_warning WHERE cycle = :cycle"
                        + " AND (:status::varchar IS NULL OR status = :status)"
                        + " AND (:unit::varchar IS NULL OR unit_code = :unit)"
                        + " ORDER BY issued_at DESC, unit_code, project_code")
                .bind("cycle", cycle).bind("status", Parameter.fromOrEmpty(status, String.class))
                .bind("unit", Parameter.fromOrEmpty(unit, String.class))
                .map((row, meta) -> map(row)).all();
    }

    private static ProjectWarning map(io.r2dbc.spi.Readable row) {
        return new ProjectWarning(row.get("id", UUID.class), row.get("cycle", String.class),
                row.get("project_code", String.class), row.get("unit_code", String.class),
                row.get("period", String.class), row.get("colour", String.class), row.get("months_late", Integer.class),
                WarningStatus.valueOf(row.get("status", String.class)), row.get("measures", String.class),
                row.get("acknowledged_by", String.class), row.get("acknowledged_at", OffsetDateTime.class),
                row.get("escalated_period", String.class), row.get("closed_period", String.class),
                row.get("closed_at", OffsetDateTime.class), Boolean.TRUE.equals(row.get("recovered", Boolean.class)),
                row.get("issued_by", String.class), row.get("issued_at", OffsetDateTime.class),
                row.get("version", Long.class));
    }
}
