package cn.kaohe.evaluations.invitations;

import cn.kaohe.evaluations.ShanghaiTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class InvitationRepository {

    /** A stored invitation and its token, which only exports and the office's single read show. */
    record Stored(Invitation invitation, String token) {
    }

    /** The serials a batch got. */
    record Batch(UUID batchId, String group, int count, String first, String last, List<String> units) {
    }

    private static final String COLUMNS = "id, survey_id, group_code, serial, token, units, answered, batch_id,"
            + " created_at, created_by, revoked_at, revoked_by, revoke_reason";
    private static final String FILTER = " WHERE survey_id = :survey AND (:group::varchar IS NULL OR group_code = :group)"
            + " AND (NOT :pending OR (revoked_at IS NULL AND NOT (units <@ answered)))";

    private final DatabaseClient db;

    InvitationRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Adds {@code count} tokens with the next serials of the group; run in a transaction (the advisory
     * lock serialises batches of one survey and group until it ends).
     */
    Mono<Batch> insertBatch(UUID survey, String group, List<String> units, int count, String author) {
        UUID batch = UUID.randomUUID();
        return db.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", survey + "/" + group).fetch().rowsUpdated()
                .then(db.sql("SELECT coalesce(max(serial), 0) AS last FROM invitation WHERE survey_id = :survey"
                                + " AND group_code = :group")
                        .bind("survey", survey).bind("group", group)
                        .map((row, meta) -> row.get("last", Integer.class)).one())
                .flatMap(last -> {
                    UUID[] ids = new UUID[count];
                    String[] tokens = new String[count];
                    Integer[] serials = new Integer[count];
                    for (int i = 0; i < count; i++) {
                        ids[i] = UUID.randomUUID();
                        tokens[i] = InvitationTokens.next();
                        serials[i] = last + 1 + i;
                    }
                    return db.sql("INSERT INTO invitation (id, survey_id, group_code, serial, token, units, batch_id,"
                                    + " created_by) SELECT id, :survey, :group, serial, token, :units::varchar[], :batch,"
                                    + " :author FROM unnest(:ids::uuid[], :serials::int[], :tokens::varchar[])"
                                    + " AS t(id, serial, token)")
                            .bind("survey", survey).bind("group", group).bind("units", units.toArray(String[]::new))
                            .bind("batch", batch).bind("author", author).bind("ids", ids).bind("serials", serials)
                            .bind("tokens", tokens)
                            .fetch().rowsUpdated()
                            .thenReturn(new Batch(batch, group, count, Invitation.label(group, last + 1),
                                    Invitation.label(group, last + count), units));
                });
    }

    Mono<Stored> find(UUID survey, UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM invitation WHERE survey_id = :survey AND id = :id")
                .bind("survey", survey).bind("id", id)
                .map((row, meta) -> map(row)).one();
    }

    Mono<Stored> byToken(String token) {
        return db.sql("SELECT " + COLUMNS + " FROM invitation WHERE token = :token")
                .bind("token", token)
                .map((row, meta) -> map(row)).one();
    }

    Flux<Stored> page(UUID survey, String group, boolean pending, long offset, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM invitation" + FILTER
                        + " ORDER BY group_code, serial LIMIT :limit OFFSET :offset")
                .bind("survey", survey).bind("group", Parameter.fromOrEmpty(group, String.class))
                .bind("pending", pending).bind("limit", limit).bind("offset", offset)
                .map((row, meta) -> map(row)).all();
    }

    Mono<Long> count(UUID survey, String group, boolean pending) {
        return db.sql("SELECT count(*) AS n FROM invitation" + FILTER)
                .bind("survey", survey).bind("group", Parameter.fromOrEmpty(group, String.class))
                .bind("pending", pending)
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    /** Every matching invitation, read through a cursor (rows fetched as the export consumes them). */
    Flux<Stored> stream(UUID survey, String group, boolean pending) {
        return db.sql("SELECT " + COLUMNS + " FROM invitation" + FILTER + " ORDER BY group_code, serial")
                .filter(statement -> statement.fetchSize(500))
                .bind("survey", survey).bind("group", Parameter.fromOrEmpty(group, String.class))
                .bind("pending", pending)
                .map((row, meta) -> map(row)).all();
    }

    /** Empty when unknown or already revoked. */
    Mono<Stored> revoke(UUID survey, UUID id, String reason, String author) {
        return db.sql("UPDATE invitation SET revoked_at = now(), revoked_by = :author, revoke_reason = :reason"
                        + " WHERE survey_id = :survey AND id = :id AND revoked_at IS NULL RETURNING " + COLUMNS)
                .bind("survey", survey).bind("id", id).bind("reason", reason).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    /**
     * Notes that the token answered {@code unit}, in the transaction storing the response; false when the
     * token was revoked meanwhile (the transaction then stores nothing).
     */
    Mono<Boolean> recordAnswer(UUID id, String unit) {
        return db.sql("UPDATE invitation SET answered = array_append(answered, :unit) WHERE id = :id"
                        + " AND revoked_at IS NULL RETURNING id")
                .bind("id", id).bind("unit", unit)
                .map((row, meta) -> true).one().defaultIfEmpty(false);
    }

    private static Stored map(io.r2dbc.spi.Readable row) {
        String group = row.get("group_code", String.class);
        int serial = row.get("serial", Integer.class);
        List<String> units = List.of(row.get("units", String[].class));
        List<String> answered = List.of(row.get("answered", String[].class));
        List<String> pending = new ArrayList<>(units);
        pending.removeAll(answered);
        Invitation invitation = new Invitation(row.get("id", UUID.class), row.get("survey_id", UUID.class), group,
                serial, Invitation.label(group, serial), units, answered, List.copyOf(pending),
                row.get("batch_id", UUID.class), ShanghaiTime.of(row.get("created_at", OffsetDateTime.class)),
                row.get("created_by", String.class), ShanghaiTime.of(row.get("revoked_at", OffsetDateTime.class)),
                row.get("revoked_by", String.class), row.get("revoke_reason", String.class), null);
        return new Stored(invitation, row.get("token", String.class));
    }
}
