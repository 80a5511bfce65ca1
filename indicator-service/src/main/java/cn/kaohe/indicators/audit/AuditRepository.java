package cn.kaohe.indicators.audit;

import io.r2dbc.postgresql.codec.Json;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AuditRepository {

    /** The chain head: the last row's seq and hash (0 and the genesis hash when the log is empty), and the time. */
    record Head(long seq, byte[] hash, OffsetDateTime now) {
    }

    /** Arbitrary but fixed: the advisory lock that serializes appends to the chain. */
    private static final long CHAIN_LOCK = 0x6b616f6865L;

    private static final String COLUMNS = "seq, id, recorded_at, actor, request_id, entity_type, entity_id, action,"
            + " cycle, unit_code, before, after, reason, prev_hash, hash";

    private final DatabaseClient db;
    private final JsonMapper json;

    AuditRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Takes the chain lock for the rest of the caller's transaction and reads the head. Only valid
     * inside a transaction: the lock is released at commit or rollback, after the rows are in.
     */
    Mono<Head> lockHead() {
        // Two statements: under READ COMMITTED the head's read takes its snapshot after the lock is held.
        return db.sql("SELECT pg_advisory_xact_lock(:lock) AS locked").bind("lock", CHAIN_LOCK)
                .map((row, meta) -> true).one()
                .then(db.sql("SELECT clock_timestamp() AS now, h.seq, h.hash FROM (SELECT 1) one"
                                + " LEFT JOIN (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1) h ON true")
                        .map((row, meta) -> {
                            Long seq = row.get("seq", Long.class);
                            ByteBuffer hash = row.get("hash", ByteBuffer.class);
                            return new Head(seq == null ? 0 : seq, hash == null ? AuditRow.GENESIS : bytes(hash),
                                    row.get("now", OffsetDateTime.class));
                        })
                        .one());
    }

    /** Rows per INSERT: a round of a large cycle appends tens of thousands. */
    static final int INSERT_BATCH = 500;

    /**
     * Appends the rows (already chained) in order, {@value #INSERT_BATCH} per statement, each column as
     * one array: a statement's binds stay fifteen whatever the batch (binding one parameter per value
     * costs quadratic time in the driver's bind map).
     */
    Mono<Void> insertAll(List<AuditRow> rows) {
        return Flux.fromIterable(rows).buffer(INSERT_BATCH).concatMap(this::insertBatch).then();
    }

    private Mono<Long> insertBatch(List<AuditRow> batch) {
        int n = batch.size();
        Long[] seqs = new Long[n];
        UUID[] ids = new UUID[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        String[] actors = new String[n];
        String[] requestIds = new String[n];
        String[] entityTypes = new String[n];
        String[] entityIds = new String[n];
        String[] actions = new String[n];
        String[] cycles = new String[n];
        String[] units = new String[n];
        String[] befores = new String[n];
        String[] afters = new String[n];
        String[] reasons = new String[n];
        String[] prevHashes = new String[n];
        String[] hashes = new String[n];
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < n; i++) {
            AuditRow row = batch.get(i);
            seqs[i] = row.seq();
            ids[i] = row.id();
            times[i] = row.recordedAt().atOffset(ZoneOffset.UTC);
            actors[i] = row.actor();
            requestIds[i] = row.requestId();
            entityTypes[i] = row.entityType();
            entityIds[i] = row.entityId();
            actions[i] = row.action();
            cycles[i] = row.cycle();
            units[i] = row.unit();
            befores[i] = jsonText(row.before());
            afters[i] = jsonText(row.after());
            reasons[i] = row.reason();
            prevHashes[i] = hex.formatHex(row.prevHash());
            hashes[i] = hex.formatHex(row.hash());
        }
        return db.sql("INSERT INTO audit_log (" + COLUMNS + ") SELECT r.seq, r.id, r.recorded_at, r.actor, r.request_id,"
                        + " r.entity_type, r.entity_id, r.action, r.cycle, r.unit_code, r.before::jsonb, r.after::jsonb,"
                        + " r.reason, decode(r.prev_hash, 'hex'), decode(r.hash, 'hex') FROM unnest(:seqs::bigint[],"
                        + " :ids::uuid[], :times::timestamptz[], :actors::text[], :requestIds::text[], :entityTypes::text[],"
                        + " :entityIds::text[], :actions::text[], :cycles::text[], :units::text[], :befores::text[],"
                        + " :afters::text[], :reasons::text[], :prevHashes::text[], :hashes::text[])"
                        + " AS r(seq, id, recorded_at, actor, request_id, entity_type, entity_id, action, cycle, unit_code,"
                        + " before, after, reason, prev_hash, hash) ORDER BY r.seq")
                .bind("seqs", seqs).bind("ids", ids).bind("times", times).bind("actors", actors)
                .bind("requestIds", requestIds).bind("entityTypes", entityTypes).bind("entityIds", entityIds)
                .bind("actions", actions).bind("cycles", cycles).bind("units", units).bind("befores", befores)
                .bind("afters", afters).bind("reasons", reasons).bind("prevHashes", prevHashes).bind("hashes", hashes)
                .fetch().rowsUpdated();
    }

    /** Up to {@code limit} rows after {@code afterSeq}, in chain order: the verifier's window. */
    Mono<List<AuditRow>> rowsAfter(long afterSeq, long untilSeq, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM audit_log WHERE seq > :after AND seq <= :until ORDER BY seq LIMIT :limit")
                .bind("after", afterSeq).bind("until", untilSeq).bind("limit", limit)
                .map((row, meta) -> row(row)).all().collectList();
    }

    Mono<Long> lastSeq() {
        return db.sql("SELECT coalesce(max(seq), 0) AS seq FROM audit_log").map((row, meta) -> row.get("seq", Long.class))
                .one();
    }

    Flux<AuditEntry> page(Filter filter, long offset, int limit) {
        return filter.bind(db.sql("SELECT " + COLUMNS + " FROM audit_log WHERE " + Filter.WHERE
                        + " ORDER BY seq DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", limit).bind("offset", offset)
                .map((row, meta) -> entry(row(row))).all();
    }

    Mono<Long> count(Filter filter) {
        return filter.bind(db.sql("SELECT count(*) AS n FROM audit_log WHERE " + Filter.WHERE))
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    /** Which rows a reader asked for; null members do not filter. */
    record Filter(String entityType, String entityId, String cycle, String unit) {
        static final String WHERE = "(:entityType::varchar IS NULL OR entity_type = :entityType)"
                + " AND (:entityId::varchar IS NULL OR entity_id = :entityId)"
                + " AND (:cycle::varchar IS NULL OR cycle = :cycle)"
                + " AND (:unit::varchar IS NULL OR unit_code = :unit)";

        DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
            return spec.bind("entityType", Parameter.fromOrEmpty(entityType, String.class))
                    .bind("entityId", Parameter.fromOrEmpty(entityId, String.class))
                    .bind("cycle", Parameter.fromOrEmpty(cycle, String.class))
                    .bind("unit", Parameter.fromOrEmpty(unit, String.class));
        }
    }

    private AuditRow row(io.r2dbc.spi.Readable row) {
        return new AuditRow(row.get("seq", Long.class), row.get("id", UUID.class),
                row.get("recorded_at", OffsetDateTime.class).toInstant(), row.get("actor", String.class),
                row.get("request_id", String.class), row.get("entity_type", String.class),
                row.get("entity_id", String.class), row.get("action", String.class), row.get("cycle", String.class),
                row.get("unit_code", String.class), tree(row.get("before", Json.class)), tree(row.get("after", Json.class)),
                row.get("reason", String.class), bytes(row.get("prev_hash", ByteBuffer.class)),
                bytes(row.get("hash", ByteBuffer.class)));
    }

    private static AuditEntry entry(AuditRow row) {
        HexFormat hex = HexFormat.of();
        return new AuditEntry(row.seq(), row.id(), row.recordedAt().atOffset(ZoneOffset.ofHours(8)), row.actor(),
                row.requestId(), row.entityType(), row.entityId(), row.action(), row.cycle(), row.unit(), row.before(),
                row.after(), row.reason(), hex.formatHex(row.prevHash()), hex.formatHex(row.hash()));
    }

    private JsonNode tree(Json value) {
        return value == null ? null : json.readTree(value.asString());
    }

    private String jsonText(JsonNode node) {
        return node == null || node.isNull() ? null : json.writeValueAsString(node);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
