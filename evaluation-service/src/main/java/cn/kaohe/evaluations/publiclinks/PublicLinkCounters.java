package cn.kaohe.evaluations.publiclinks;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The counters and used proofs of public links, written in the transaction that stores a response (so a
 * failed submission counts nowhere). Each counter is one row per link × kind × subject × time bucket,
 * upserted: its row lock serialises concurrent submissions of one subject, so limits hold exactly.
 * Lock order within a submission: the daily counter, the address counter, the answers counter.
 */
@Repository
class PublicLinkCounters {

    static final String ADDRESS_DAY = "ADDRESS_DAY";
    static final String ADDRESS = "ADDRESS";
    static final String IDENTICAL = "IDENTICAL";

    private static final Logger log = LoggerFactory.getLogger(PublicLinkCounters.class);
    /** Buckets are a day at most: two days later no limit or flag reads them. */
    private static final Duration KEPT = Duration.ofDays(2);

    private final DatabaseClient db;
    private Disposable forgetting;

    PublicLinkCounters(DatabaseClient db) {
        this.db = db;
    }

    /** Records that the nonce answered a response; false when it had answered one already. */
    Mono<Boolean> useNonce(String nonce, UUID link) {
        return db.sql("INSERT INTO proof_of_work_use (nonce, link_id) VALUES (:nonce, :link) ON CONFLICT DO NOTHING")
                .bind("nonce", nonce).bind("link", link)
                .fetch().rowsUpdated().map(inserted -> inserted > 0);
    }

    /** Counts one more in the bucket if it holds fewer than {@code limit}; false (nothing counted) otherwise. */
    Mono<Boolean> takeWithin(UUID link, String kind, String subject, Instant bucket, int limit) {
        return db.sql("INSERT INTO public_link_counter AS c (link_id, kind, subject, bucket_start, count)"
                        + " VALUES (:link, :kind, :subject, :bucket, 1)"
                        + " ON CONFLICT (link_id, kind, subject, bucket_start) DO UPDATE SET count = c.count + 1"
                        + " WHERE c.count < :limit RETURNING count")
                .bind("link", link).bind("kind", kind).bind("subject", subject).bind("bucket", at(bucket))
                .bind("limit", limit)
                .map((row, meta) -> true).one().defaultIfEmpty(false);
    }

    /** Counts one more in the bucket and answers the count, this one included. */
    Mono<Integer> increment(UUID link, String kind, String subject, Instant bucket) {
        return db.sql("INSERT INTO public_link_counter AS c (link_id, kind, subject, bucket_start, count)"
                        + " VALUES (:link, :kind, :subject, :bucket, 1)"
                        + " ON CONFLICT (link_id, kind, subject, bucket_start) DO UPDATE SET count = c.count + 1"
                        + " RETURNING count")
                .bind("link", link).bind("kind", kind).bind("subject", subject).bind("bucket", at(bucket))
                .map((row, meta) -> row.get("count", Integer.class)).one();
    }

    Mono<Long> forgetBefore(Instant before) {
        return db.sql("DELETE FROM public_link_counter WHERE bucket_start < :before")
                .bind("before", at(before)).fetch().rowsUpdated();
    }

    @EventListener(ApplicationReadyEvent.class)
    void forgetOldBucketsHourly() {
        forgetting = Flux.interval(Duration.ofMinutes(5), Duration.ofHours(1))
                .concatMap(tick -> forgetBefore(Instant.now().minus(KEPT))
                        .onErrorResume(failure -> {
                            log.warn("old public-link counters not removed this hour: {}", failure.toString());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @PreDestroy
    void stop() {
        if (forgetting != null) {
            forgetting.dispose();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
