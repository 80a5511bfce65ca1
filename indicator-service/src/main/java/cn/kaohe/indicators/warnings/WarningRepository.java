package cn.kaohe.indicators.warnings;

import cn.kaohe.indicators.schedule.ScheduleLine;
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

@Repository
class WarningRepository {

    private static final String COLUMNS = "id, cycle, unit_code, indicator_code, period, colour, gap, recipients, status,"
            + " measures, acknowledged_by, acknowledged_at, escalated_period, closed_period, closed_at, recovered, issued_by, issued_at, version";
    private static final String QUALIFIED = "w." + COLUMNS.replace(", ", ", w.");
    private static final TypeReference<List<String>> CODES = new TypeReference<>() { };
    private static final int BATCH = 1000;

    private final DatabaseClient db;
    private final JsonMapper json;

    WarningRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * The cycle's open warnings, locked until the caller's transaction ends; only what a round decides on
     * (a large cycle has tens of thousands open), the whole of those it changes comes from {@link #byIds}.
     */
    Flux<OpenWarning> lockOpen(String cycle) {
        return db.sql("SELECT id, unit_code, indicator_code, colour FROM warning WHERE cycle = :cycle"
                        + " AND status <> 'CLOSED' FOR UPDATE")
                .bind("cycle", cycle)
                .map((row, meta) -> new OpenWarning(row.get("id", UUID.class), row.get("unit_code", String.class),
                        row.get("indicator_code", String.class), row.get("colour", String.class)))
                .all();
    }

    /** The warnings with these ids, as they stand (a round's "before" of those it escalates or closes). */
    Flux<Warning> byIds(List<UUID> ids) {
        return Flux.fromIterable(ids).buffer(BATCH).concatMap(batch -> db.sql("SELECT " + COLUMNS
                        + " FROM warning WHERE id = ANY(:ids::uuid[])")
                .bind("ids", batch.stream().map(UUID::toString).toArray(String[]::new))
                .map((row, meta) -> map(row)).all());
    }




    /**
     * Issues many warnings, up to {@value #BATCH} per statement (a monthly round of a large cycle issues
     * tens of thousands); a line that got an open warning meanwhile is skipped (the open index).
     */
    Flux<Warning> issueAll(String cycle, String period, List<WarningRound.ToIssue> toIssue, String author) {
        return Flux.fromIterable(toIssue).buffer(BATCH).concatMap(batch -> {
            String[] units = new String[batch.size()];
            String[] indicators = new String[batch.size()];
            String[] colours = new String[batch.size()];
            String[] gaps = new String[batch.size()];
            String[] recipients = new String[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                ScheduleLine line = batch.get(i).line();
                units[i] = line.unit();
                indicators[i] = line.indicator();
                colours[i] = line.colour().name();
                gaps[i] = line.gap() == null ? "" : line.gap().toPlainString();
                recipients[i] = json.writeValueAsString(batch.get(i).recipients());
            }
            return db.sql("INSERT INTO warning (id, cycle, unit_code, indicator_code, period, colour, gap, recipients,"
                            + " status, issued_by) SELECT gen_random_uuid(), :cycle, u.unit, u.indicator, :period, u.colour,"
                            + " NULLIF(u.gap, '')::numeric, u.recipients::jsonb, 'ISSUED', :author FROM unnest(:units::text[],"
                            + " :indicators::text[], :colours::text[], :gaps::text[], :recipients::text[])"
                            + " AS u(unit, indicator, colour, gap, recipients) ON CONFLICT DO NOTHING RETURNING " + COLUMNS)
                    .bind("cycle", cycle).bind("period", period).bind("author", author).bind("units", units)
                    .bind("indicators", indicators).bind("colours", colours).bind("gaps", gaps)
                    .bind("recipients", recipients)
                    .map((row, meta) -> map(row)).all();
        });
    }

    /**
     * Yellows turned red: each open warning becomes red with its new gap, in place (one warning per lapse,
     * so a later recovery shows as a recovered red); skipped when closed meanwhile. Up to {@value #BATCH}
     * per statement.
     */
    Flux<Warning> escalateAll(List<WarningRound.ToEscalate> toEscalate, String period) {
        return Flux.fromIterable(toEscalate).buffer(BATCH).concatMap(batch -> {
            String[] ids = batch.stream().map(up -> up.warning().id().toString()).toArray(String[]::new);
            String[] gaps = batch.stream().map(up -> up.line().gap() == null ? "" : up.line().gap().toPlainString())
                    .toArray(String[]::new);
            return db.sql("UPDATE warning w SET colour = 'RED', gap = NULLIF(u.gap, '')::numeric, escalated_period = :period,"
                            + " version = w.version + 1 FROM unnest(:ids::text[], :gaps::text[]) AS u(id, gap)"
                            + " WHERE w.id = u.id::uuid AND w.status <> 'CLOSED' RETURNING " + QUALIFIED)
                    .bind("ids", ids).bind("gaps", gaps).bind("period", period)
                    .map((row, meta) -> map(row)).all();
        });
    }

    /** Closes (销号) open warnings back on schedule, marking reds as recovered; up to {@value #BATCH} per statement. */
    Flux<Warning> closeAll(List<OpenWarning> toClose, String period) {
        return Flux.fromIterable(toClose).buffer(BATCH).concatMap(batch -> db.sql("UPDATE warning SET status = 'CLOSED',"
                        + " closed_period = :period, closed_at = now(), recovered = (colour = 'RED'), version = version + 1"
                        + " WHERE id = ANY(:ids::uuid[]) AND status <> 'CLOSED' RETURNING " + COLUMNS)
                .bind("ids", batch.stream().map(warning -> warning.id().toString()).toArray(String[]::new))
                .bind("period", period)
                .map((row, meta) -> map(row)).all());
    }

    Mono<Warning> acknowledge(Warning warning, long version, String measures, String author) {
        return db.sql("UPDATE warning SET status = 'ACKNOWLEDGED', measures = :measures, acknowledged_by = :author,"
                        + " acknowledged_at = now(), version = version + 1 WHERE id = :id AND version = :version"
                        + " AND status = 'ISSUED' RETURNING " + COLUMNS)
                .bind("id", warning.id()).bind("version", version).bind("measures", measures).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    Mono<Warning> find(String cycle, UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM warning WHERE cycle = :cycle AND id = :id")
                .bind("cycle", cycle).bind("id", id).map((row, meta) -> map(row)).one();
    }

    /** The cycle's warnings, newest first; {@code addressee} narrows to those of or to one unit. */
    Flux<Warning> list(String cycle, String status, String addressee) {
        return db.sql("SELECT " + COLUMNS + " FROM warning WHERE cycle = :cycle"
                        + " AND (:status::varchar IS NULL OR status = :status)"
                        + " AND (:unit::varchar IS NULL OR unit_code = :unit OR recipients @> jsonb_build_array(:unit::text))"
                        + " ORDER BY issued_at DESC, unit_code, indicator_code")
                .bind("cycle", cycle).bind("status", Parameter.fromOrEmpty(status, String.class))
                .bind("unit", Parameter.fromOrEmpty(addressee, String.class))
                .map((row, meta) -> map(row)).all();
    }

    private Warning map(io.r2dbc.spi.Readable row) {
        return new Warning(row.get("id", UUID.class), row.get("cycle", String.class), row.get("unit_code", String.class),
                row.get("indicator_code", String.class), row.get("period", String.class), row.get("colour", String.class),
                row.get("gap", BigDecimal.class), json.readValue(row.get("recipients", Json.class).asArray(), CODES),
                WarningStatus.valueOf(row.get("status", String.class)), row.get("measures", String.class),
                row.get("acknowledged_by", String.class), row.get("acknowledged_at", OffsetDateTime.class),
                row.get("escalated_period", String.class), row.get("closed_period", String.class), row.get("closed_at", OffsetDateTime.class),
                Boolean.TRUE.equals(row.get("recovered", Boolean.class)), row.get("issued_by", String.class),
                row.get("issued_at", OffsetDateTime.class), row.get("version", Long.class));
    }
}
