package cn.kaohe.indicators.projects;

import io.r2dbc.postgresql.codec.Json;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Key projects and their monthly investment. Every state change is one method here (for the audit log). */
@Repository
class ProjectRepository {

    /** A project with the investment it completed up to a month. */
    record WithCompleted(KeyProject project, BigDecimal completed) {
    }

    private static final String COLUMNS = "p.cycle, p.code, p.unit_code, p.name, p.planned_investment, p.planned_start,"
            + " p.actual_start, p.milestones, p.version, p.created_by, p.created_at, p.updated_by, p.updated_at";
    private static final String RETURNING = " RETURNING " + COLUMNS.replace("p.", "");
    private static final String PROJECT_ID = "(SELECT id FROM key_project WHERE cycle = :cycle AND code = :code)";
    private static final TypeReference<List<Milestone>> MILESTONES = new TypeReference<>() { };

    private final DatabaseClient db;
    private final JsonMapper json;

    ProjectRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<KeyProject> insert(String cycle, ProjectDraft draft, String author) {
        return db.sql("INSERT INTO key_project (id, cycle, code, unit_code, name, planned_investment, planned_start,"
                        + " milestones, created_by, updated_by) VALUES (:id, :cycle, :code, :unit, :name, :planned, :start,"
                        + " :milestones, :author, :author)" + RETURNING)
                .bind("id", UUID.randomUUID()).bind("cycle", cycle).bind("code", draft.code()).bind("unit", draft.unit())
                .bind("name", draft.name()).bind("planned", draft.plannedInvestment()).bind("start", draft.plannedStart())
                .bind("milestones", milestones(draft.milestonesKeeping(List.of()))).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    Mono<KeyProject> find(String cycle, String code) {
        return db.sql("SELECT " + COLUMNS + " FROM key_project p WHERE p.cycle = :cycle AND p.code = :code")
                .bind("cycle", cycle).bind("code", code).map((row, meta) -> map(row)).one();
    }

    /** Empty when the version is stale. */
    Mono<KeyProject> updatePlan(KeyProject current, ProjectDraft draft, String author) {
        return db.sql("UPDATE key_project SET name = :name, planned_investment = :planned, planned_start = :start,"
                        + " milestones = :milestones, updated_by = :author, updated_at = now(), version = version + 1"
                        + " WHERE cycle = :cycle AND code = :code AND version = :version" + RETURNING)
                .bind("cycle", current.cycle()).bind("code", current.code()).bind("version", draft.version())
                .bind("name", draft.name()).bind("planned", draft.plannedInvestment()).bind("start", draft.plannedStart())
                .bind("milestones", milestones(draft.milestonesKeeping(current.milestones()))).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    /** The unit's report of the start and the milestones done; empty when the version is stale. */
    Mono<KeyProject> updateProgress(KeyProject current, ProgressDraft draft, String author) {
        return db.sql("UPDATE key_project SET actual_start = :start, milestones = :milestones, updated_by = :author,"
                        + " updated_at = now(), version = version + 1"
                        + " WHERE cycle = :cycle AND code = :code AND version = :version" + RETURNING)
                .bind("cycle", current.cycle()).bind("code", current.code()).bind("version", draft.version())
                .bind("start", Parameter.fromOrEmpty(draft.actualStart(), String.class))
                .bind("milestones", milestones(draft.milestones(current))).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    /** Projects of a cycle (of one unit when {@code unit} is set), each with its investment up to {@code asOf}. */
    Flux<WithCompleted> list(String cycle, String unit, String asOf, long offset, int limit) {
        return db.sql("SELECT " + COLUMNS + ", (SELECT sum(i.amount) FROM key_project_investment i"
                        + " WHERE i.project_id = p.id AND i.period <= :asOf) AS completed FROM key_project p"
                        + " WHERE p.cycle = :cycle AND (:unit::varchar IS NULL OR p.unit_code = :unit)"
                        + " ORDER BY p.unit_code, p.code LIMIT :limit OFFSET :offset")
                .bind("cycle", cycle).bind("unit", Parameter.fromOrEmpty(unit, String.class)).bind("asOf", asOf)
                .bind("limit", limit).bind("offset", offset)
                .map((row, meta) -> new WithCompleted(map(row), row.get("completed", BigDecimal.class)))
                .all();
    }

    Mono<Long> count(String cycle, String unit) {
        return db.sql("SELECT count(*) AS n FROM key_project WHERE cycle = :cycle"
                        + " AND (:unit::varchar IS NULL OR unit_code = :unit)")
                .bind("cycle", cycle).bind("unit", Parameter.fromOrEmpty(unit, String.class))
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    /** Every project of the cycle, for the warning round. */
    Flux<KeyProject> all(String cycle) {
        return db.sql("SELECT " + COLUMNS + " FROM key_project p WHERE p.cycle = :cycle ORDER BY p.unit_code, p.code")
                .bind("cycle", cycle).map((row, meta) -> map(row)).all();
    }

    Flux<Investment> investments(String cycle, String code) {
        return db.sql("SELECT period, amount, version, reported_by, reported_at FROM key_project_investment"
                        + " WHERE project_id = " + PROJECT_ID + " ORDER BY period")
                .bind("cycle", cycle).bind("code", code).map((row, meta) -> investment(row)).all();
    }

    Mono<Investment> investment(String cycle, String code, String period) {
        return db.sql("SELECT period, amount, version, reported_by, reported_at FROM key_project_investment"
                        + " WHERE project_id = " + PROJECT_ID + " AND period = :period")
                .bind("cycle", cycle).bind("code", code).bind("period", period)
                .map((row, meta) -> investment(row)).one();
    }

    /** Empty when the month was reported meanwhile. */
    Mono<Investment> insertInvestment(String cycle, String code, String period, BigDecimal amount, String author) {
        return db.sql("INSERT INTO key_project_investment (project_id, period, amount, reported_by)"
                        + " VALUES (" + PROJECT_ID + ", :period, :amount, :author) ON CONFLICT DO NOTHING"
                        + " RETURNING period, amount, version, reported_by, reported_at")
                .bind("cycle", cycle).bind("code", code).bind("period", period).bind("amount", amount)
                .bind("author", author).map((row, meta) -> investment(row)).one();
    }

    /** Empty when the version is stale. */
    Mono<Investment> updateInvestment(String cycle, String code, String period, BigDecimal amount, long version,
                                      String author) {
        return db.sql("UPDATE key_project_investment SET amount = :amount, reported_by = :author, reported_at = now(),"
                        + " version = version + 1 WHERE project_id = " + PROJECT_ID + " AND period = :period"
                        + " AND version = :version RETURNING period, amount, version, reported_by, reported_at")
                .bind("cycle", cycle).bind("code", code).bind("period", period).bind("amount", amount)
                .bind("version", version).bind("author", author).map((row, meta) -> investment(row)).one();
    }

    private Json milestones(List<Milestone> milestones) {
        return Json.of(json.writeValueAsBytes(milestones));
    }

    private static Investment investment(io.r2dbc.spi.Readable row) {
        return new Investment(row.get("period", String.class), row.get("amount", BigDecimal.class).stripTrailingZeros(),
                row.get("version", Long.class), row.get("reported_by", String.class),
                row.get("reported_at", OffsetDateTime.class));
    }

    private KeyProject map(io.r2dbc.spi.Readable row) {
        return new KeyProject(row.get("cycle", String.class), row.get("code", String.class),
                row.get("unit_code", String.class), row.get("name", String.class),
                row.get("planned_investment", BigDecimal.class).stripTrailingZeros(),
                row.get("planned_start", String.class), row.get("actual_start", String.class),
                json.readValue(row.get("milestones", Json.class).asArray(), MILESTONES), row.get("version", Long.class),
                row.get("created_by", String.class), row.get("created_at", OffsetDateTime.class),
                row.get("updated_by", String.class), row.get("updated_at", OffsetDateTime.class));
    }
}
