package cn.kaohe.scoring.results;

import cn.kaohe.defaults.transactions.Transactions;
import cn.kaohe.scoring.engine.result.IndicatorResult;
import cn.kaohe.scoring.engine.result.ScoredCycle;
import cn.kaohe.scoring.engine.result.UnitExplanation;
import cn.kaohe.scoring.engine.result.UnitResult;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ResultRepository {

    private static final String HEADER = "cycle, version, rulebook_version, as_of, input_fingerprint, status, reason,"
            + " warnings, unit_count, created_by, created_at, published_at, notice_until, frozen_at, frozen_by";
    private static final String INSERTED = "cycle, version, rulebook_version, as_of, input_fingerprint, status, reason,"
            + " warnings, unit_count, created_by, created_at";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<IndicatorResult>> INDICATORS = new TypeReference<>() { };

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final JsonMapper json;

    ResultRepository(DatabaseClient db, TransactionalOperator transaction, JsonMapper json) {
        this.db = db;
        this.transaction = transaction;
        this.json = json;
    }

    Mono<Integer> latestVersion(String cycle) {
        return latestVersion(cycle, false);
    }

    /** 0 when there is none; with {@code publicOnly} the latest published or frozen one. */
    Mono<Integer> latestVersion(String cycle, boolean publicOnly) {
        return db.sql("SELECT coalesce(max(version), 0) AS v FROM result_version WHERE cycle = :cycle"
                        + (publicOnly ? " AND status <> 'DRAFT'" : ""))
                .bind("cycle", cycle).map((row, meta) -> row.get("v", Integer.class)).one();
    }

    /** Header and every unit line in one transaction: a version is stored whole or not at all. */
    Mono<ResultVersion> store(ResultVersion header, ScoredCycle scored, java.util.Map<String, String> unitNames) {
        Mono<ResultVersion> insertHeader = db.sql("INSERT INTO result_version (" + INSERTED + ") VALUES (:cycle, :version,"
                        + " :rulebookVersion, :asOf, :fingerprint, :status, :reason, :warnings, :units, :author, now())"
                        + " RETURNING " + HEADER)
                .bind("cycle", header.cycle())
                .bind("version", header.version())
                .bind("rulebookVersion", header.rulebookVersion())
                .bind("asOf", Parameter.fromOrEmpty(header.asOf(), String.class))
                .bind("fingerprint", header.inputFingerprint())
                .bind("status", header.status().name())
                .bind("reason", Parameter.fromOrEmpty(header.reason(), String.class))
                .bind("warnings", Json.of(json.writeValueAsBytes(header.warnings())))
                .bind("units", header.unitCount())
                .bind("author", header.createdBy())
                .map((row, meta) -> header(row))
                .one();
        Flux<Long> insertUnits = Flux.fromIterable(scored.result().units())
                .concatMap(unit -> insertUnit(header, UnitStanding.of(unit, unitNames.get(unit.unit())), unit,
                        scored.explanationOf(unit.unit())));
        return insertHeader.flatMap(stored -> insertUnits.then(Mono.just(stored)))
                .as(transaction::transactional).as(Transactions::toTheEnd);
    }

    private Mono<Long> insertUnit(ResultVersion header, UnitStanding standing, UnitResult unit,
                                  UnitExplanation explanation) {
        return db.sql("INSERT INTO unit_result (cycle, version, unit, category, rank_overall, summary, indicators,"
                        + " explanation) VALUES (:cycle, :version, :unit, :category, :rank, :summary, :indicators, :explanation)")
                .bind("cycle", header.cycle())
                .bind("version", header.version())
                .bind("unit", unit.unit())
                .bind("category", unit.category())
                .bind("rank", unit.rankOverall())
                .bind("summary", Json.of(json.writeValueAsBytes(standing)))
                .bind("indicators", Json.of(json.writeValueAsBytes(unit.indicators())))
                .bind("explanation", Json.of(json.writeValueAsBytes(explanation)))
                .fetch().rowsUpdated();
    }

    /** Publishes a draft and supersedes whatever version of the cycle was on notice; empty if not a draft. */
    Mono<ResultVersion> publish(String cycle, int version, java.time.Duration notice) {
        Mono<Long> supersede = db.sql("UPDATE result_version SET status = 'SUPERSEDED'"
                        + " WHERE cycle = :cycle AND status = 'PUBLISHED' AND version <> :version")
                .bind("cycle", cycle).bind("version", version).fetch().rowsUpdated();
        Mono<ResultVersion> publish = db.sql("UPDATE result_version SET status = 'PUBLISHED', published_at = now(),"
                        + " notice_until = now() + make_interval(secs => :seconds)"
                        + " WHERE cycle = :cycle AND version = :version AND status = 'DRAFT' RETURNING " + HEADER)
                .bind("cycle", cycle).bind("version", version).bind("seconds", (double) notice.toSeconds())
                .map((row, meta) -> header(row)).one();
        return publish.flatMap(published -> supersede.thenReturn(published))
                .as(transaction::transactional).as(Transactions::toTheEnd);
    }

    /** Freezes a published version; empty if it is not published. */
    Mono<ResultVersion> freeze(String cycle, int version, String author) {
        return db.sql("UPDATE result_version SET status = 'FROZEN', frozen_at = now(), frozen_by = :author"
                        + " WHERE cycle = :cycle AND version = :version AND status = 'PUBLISHED' RETURNING " + HEADER)
                .bind("cycle", cycle).bind("version", version).bind("author", author)
                .map((row, meta) -> header(row)).one();
    }

    Mono<ResultVersion> find(String cycle, int version) {
        return db.sql("SELECT " + HEADER + " FROM result_version WHERE cycle = :cycle AND version = :version")
                .bind("cycle", cycle).bind("version", version)
                .map((row, meta) -> header(row)).one();
    }

    Flux<ResultVersion> history(String cycle, boolean publicOnly, long offset, int limit) {
        return db.sql("SELECT " + HEADER + " FROM result_version WHERE cycle = :cycle"
                        + (publicOnly ? " AND status <> 'DRAFT'" : "") + " ORDER BY version DESC LIMIT :limit OFFSET :offset")
                .bind("cycle", cycle).bind("limit", limit).bind("offset", offset)
                .map((row, meta) -> header(row)).all();
    }

    Mono<Long> countHistory(String cycle, boolean publicOnly) {
        return db.sql("SELECT count(*) AS n FROM result_version WHERE cycle = :cycle"
                        + (publicOnly ? " AND status <> 'DRAFT'" : ""))
                .bind("cycle", cycle).map((row, meta) -> row.get("n", Long.class)).one();
    }

    /** Ranking order; {@code category} and {@code onlyUnit} narrow it when not null. */
    Flux<UnitStanding> standings(String cycle, int version, String category, String onlyUnit, long offset, int limit) {
        return db.sql("SELECT summary FROM unit_result WHERE cycle = :cycle AND version = :version"
                        + " AND (:category::varchar IS NULL OR category = :category)"
                        + " AND (:unit::varchar IS NULL OR unit = :unit)"
                        + " ORDER BY rank_overall, unit LIMIT :limit OFFSET :offset")
                .bind("cycle", cycle).bind("version", version)
                .bind("category", Parameter.fromOrEmpty(category, String.class))
                .bind("unit", Parameter.fromOrEmpty(onlyUnit, String.class))
                .bind("limit", limit).bind("offset", offset)
                .map((row, meta) -> json.readValue(row.get("summary", Json.class).asArray(), UnitStanding.class))
                .all();
    }

    Mono<Long> countStandings(String cycle, int version, String category, String onlyUnit) {
        return db.sql("SELECT count(*) AS n FROM unit_result WHERE cycle = :cycle AND version = :version"
                        + " AND (:category::varchar IS NULL OR category = :category)"
                        + " AND (:unit::varchar IS NULL OR unit = :unit)")
                .bind("cycle", cycle).bind("version", version)
                .bind("category", Parameter.fromOrEmpty(category, String.class))
                .bind("unit", Parameter.fromOrEmpty(onlyUnit, String.class))
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    Mono<UnitBreakdown> breakdown(ResultVersion header, String unit) {
        return db.sql("SELECT summary, indicators, explanation FROM unit_result"
                        + " WHERE cycle = :cycle AND version = :version AND unit = :unit")
                .bind("cycle", header.cycle()).bind("version", header.version()).bind("unit", unit)
                .map((row, meta) -> breakdown(header, row, ""))
                .one();
    }

    /** Both versions' lines side by side, unit by unit, streamed (a unit missing on one side is null). */
    Flux<UnitBreakdown[]> pairs(ResultVersion from, ResultVersion to) {
        return db.sql("SELECT a.summary AS a_summary, a.indicators AS a_indicators, a.explanation AS a_explanation,"
                        + " b.summary AS b_summary, b.indicators AS b_indicators, b.explanation AS b_explanation"
                        + " FROM (SELECT * FROM unit_result WHERE cycle = :cycle AND version = :from) a"
                        + " FULL JOIN (SELECT * FROM unit_result WHERE cycle = :cycle AND version = :to) b"
                        + " ON a.unit = b.unit ORDER BY coalesce(a.unit, b.unit)")
                .bind("cycle", from.cycle()).bind("from", from.version()).bind("to", to.version())
                .map((row, meta) -> new UnitBreakdown[] {
                    row.get("a_summary", Json.class) == null ? null : breakdown(from, row, "a_"),
                    row.get("b_summary", Json.class) == null ? null : breakdown(to, row, "b_")})
                .all();
    }

    private UnitBreakdown breakdown(ResultVersion header, Readable row, String prefix) {
        return new UnitBreakdown(header.version(), header.status(),
                json.readValue(row.get(prefix + "summary", Json.class).asArray(), UnitStanding.class),
                json.readValue(row.get(prefix + "indicators", Json.class).asArray(), INDICATORS),
                json.readValue(row.get(prefix + "explanation", Json.class).asArray(), UnitExplanation.class));
    }

    private ResultVersion header(Readable row) {
        return new ResultVersion(row.get("cycle", String.class), row.get("version", Integer.class),
                row.get("rulebook_version", Integer.class), row.get("as_of", String.class),
                row.get("input_fingerprint", String.class), ResultStatus.valueOf(row.get("status", String.class)),
                row.get("reason", String.class),
                json.readValue(row.get("warnings", Json.class).asArray(), STRINGS),
                row.get("unit_count", Integer.class), row.get("created_by", String.class),
                row.get("created_at", OffsetDateTime.class), row.get("published_at", OffsetDateTime.class),
                row.get("notice_until", OffsetDateTime.class), row.get("frozen_at", OffsetDateTime.class),
                row.get("frozen_by", String.class));
    }
}
