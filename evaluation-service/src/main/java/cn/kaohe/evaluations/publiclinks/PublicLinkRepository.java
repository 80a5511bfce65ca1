package cn.kaohe.evaluations.publiclinks;

import cn.kaohe.evaluations.ShanghaiTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class PublicLinkRepository {

    private static final String COLUMNS = "id, survey_id, group_code, code, address_daily_limit, proof_bits,"
            + " burst_window_minutes, burst_per_address, burst_identical, version, created_at, created_by, updated_at,"
            + " updated_by, revoked_at, revoked_by, revoke_reason";

    private final DatabaseClient db;

    PublicLinkRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Empty when the survey × group already has a live link (the partial unique index decides). */
    Mono<PublicLink> insert(UUID survey, PublicLinkSettings settings, String code, String author) {
        return limits(db.sql("INSERT INTO public_link (id, survey_id, group_code, code, address_daily_limit, proof_bits,"
                        + " burst_window_minutes, burst_per_address, burst_identical, created_by) VALUES (:id, :survey,"
                        + " :group, :code, :limit, :bits, :window, :perAddress, :identical, :author)"
                        + " ON CONFLICT (survey_id, group_code) WHERE revoked_at IS NULL DO NOTHING RETURNING " + COLUMNS),
                settings)
                .bind("id", UUID.randomUUID()).bind("survey", survey).bind("group", settings.group()).bind("code", code)
                .bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    /** Empty when {@code version} is not the current one or the link was revoked. */
    Mono<PublicLink> update(UUID survey, UUID id, PublicLinkSettings settings, String author) {
        return limits(db.sql("UPDATE public_link SET address_daily_limit = :limit, proof_bits = :bits,"
                        + " burst_window_minutes = :window, burst_per_address = :perAddress, burst_identical = :identical,"
                        + " version = version + 1, updated_at = now(), updated_by = :author"
                        + " WHERE survey_id = :survey AND id = :id AND version = :version AND revoked_at IS NULL"
                        + " RETURNING " + COLUMNS), settings)
                .bind("survey", survey).bind("id", id).bind("version", settings.version()).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    /** Empty when unknown or already revoked. */
    Mono<PublicLink> revoke(UUID survey, UUID id, String reason, String author) {
        return db.sql("UPDATE public_link SET revoked_at = now(), revoked_by = :author, revoke_reason = :reason,"
                        + " version = version + 1 WHERE survey_id = :survey AND id = :id AND revoked_at IS NULL"
                        + " RETURNING " + COLUMNS)
                .bind("survey", survey).bind("id", id).bind("reason", reason).bind("author", author)
                .map((row, meta) -> map(row)).one();
    }

    Mono<PublicLink> find(UUID survey, UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM public_link WHERE survey_id = :survey AND id = :id")
                .bind("survey", survey).bind("id", id)
                .map((row, meta) -> map(row)).one();
    }

    Mono<PublicLink> live(UUID survey, String group) {
        return db.sql("SELECT " + COLUMNS + " FROM public_link WHERE survey_id = :survey AND group_code = :group"
                        + " AND revoked_at IS NULL")
                .bind("survey", survey).bind("group", group)
                .map((row, meta) -> map(row)).one();
    }

    Mono<PublicLink> byCode(String code) {
        return db.sql("SELECT " + COLUMNS + " FROM public_link WHERE code = :code")
                .bind("code", code)
                .map((row, meta) -> map(row)).one();
    }

    /** A survey's links, live ones first, then by group and creation. */
    Flux<PublicLink> all(UUID survey, long offset, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM public_link WHERE survey_id = :survey"
                        + " ORDER BY revoked_at IS NOT NULL, group_code, created_at LIMIT :limit OFFSET :offset")
                .bind("survey", survey).bind("limit", limit).bind("offset", offset)
                .map((row, meta) -> map(row)).all();
    }

    Mono<Long> count(UUID survey) {
        return db.sql("SELECT count(*) AS n FROM public_link WHERE survey_id = :survey")
                .bind("survey", survey).map((row, meta) -> row.get("n", Long.class)).one();
    }

    private static DatabaseClient.GenericExecuteSpec limits(DatabaseClient.GenericExecuteSpec spec,
                                                            PublicLinkSettings settings) {
        return spec.bind("limit", settings.dailyLimit()).bind("bits", settings.bits())
                .bind("window", settings.windowMinutes()).bind("perAddress", settings.perAddress())
                .bind("identical", settings.identical());
    }

    private static PublicLink map(io.r2dbc.spi.Readable row) {
        return new PublicLink(row.get("id", UUID.class), row.get("survey_id", UUID.class),
                row.get("group_code", String.class), row.get("code", String.class), null,
                row.get("address_daily_limit", Integer.class), row.get("proof_bits", Integer.class),
                row.get("burst_window_minutes", Integer.class), row.get("burst_per_address", Integer.class),
                row.get("burst_identical", Integer.class), row.get("version", Long.class),
                ShanghaiTime.of(row.get("created_at", OffsetDateTime.class)), row.get("created_by", String.class),
                ShanghaiTime.of(row.get("updated_at", OffsetDateTime.class)), row.get("updated_by", String.class),
                ShanghaiTime.of(row.get("revoked_at", OffsetDateTime.class)), row.get("revoked_by", String.class),
                row.get("revoke_reason", String.class));
    }
}
