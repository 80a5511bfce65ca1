package cn.kaohe.defaults.idempotency;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.transactions.Transactions;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a creating write at most once per client key (api-conventions: "a repeat with the same key
 * and body returns the first result; with another body, 422").
 *
 * <p>The key's record is inserted in the same transaction as the write it guards, so either both
 * are stored or neither is: a write that failed leaves no record and may be retried, and a write
 * acknowledged to the client cannot be repeated even after a crash. A concurrent repeat waits on
 * PostgreSQL's unique index until the first transaction ends, then replays its result. A client
 * that hangs up does not cut the transaction short: it runs to its end (see {@link Transactions#toTheEnd}).
 *
 * <p>Each service that uses it has the table {@code idempotency_record} in its own database (see
 * the services' migrations).
 */
public class Idempotency {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final JsonMapper json;

    public Idempotency(DatabaseClient db, TransactionalOperator transaction, JsonMapper json) {
        this.db = db;
        this.transaction = transaction;
        this.json = json;
    }

    /**
     * {@link #once(IdempotentRequest, Class, Supplier)} for a request with a parsed body, from a token
     * holder (the token's subject is the sender whose keys these are).
     */
    public <T> Mono<T> once(ServerWebExchange exchange, Caller caller, Object body, Class<T> resultType,
                            Supplier<Mono<T>> write) {
        return once(IdempotentRequest.of(exchange, "sub:" + caller.subject(), json.writeValueAsBytes(body)),
                resultType, write);
    }

    /**
     * The result of {@code write}, run in a transaction together with the key's record; without a key,
     * simply the write. A repeat answers the stored result (same status, header
     * {@value IdempotentRequest#REPLAYED_HEADER}); the same key for another request is a 422.
     */
    public <T> Mono<T> once(IdempotentRequest request, Class<T> resultType, Supplier<Mono<T>> write) {
        if (request.key() == null) {
            return Transactions.toTheEnd(Mono.defer(write));
        }
        Mono<T> guarded = claim(request).flatMap(claimed -> claimed
                ? Mono.defer(write).flatMap(result -> remember(request, result).thenReturn(result))
                : replay(request, resultType));
        return Transactions.toTheEnd(transaction.transactional(guarded));
    }

    /** True when this request is the first with its key; waits for a concurrent first to finish. */
    private Mono<Boolean> claim(IdempotentRequest request) {
        return db.sql("INSERT INTO idempotency_record (principal, idempotency_key, endpoint, fingerprint)"
                        + " VALUES (:principal, :key, :endpoint, :fingerprint)"
                        + " ON CONFLICT (principal, idempotency_key) DO NOTHING")
                .bind("principal", request.principal()).bind("key", request.key().value())
                .bind("endpoint", request.endpoint()).bind("fingerprint", request.fingerprint())
                .fetch().rowsUpdated().map(inserted -> inserted > 0);
    }

    private Mono<Void> remember(IdempotentRequest request, Object result) {
        return db.sql("UPDATE idempotency_record SET result = :result::jsonb"
                        + " WHERE principal = :principal AND idempotency_key = :key")
                .bind("result", json.writeValueAsString(result))
                .bind("principal", request.principal()).bind("key", request.key().value())
                .fetch().rowsUpdated().then();
    }

    private <T> Mono<T> replay(IdempotentRequest request, Class<T> resultType) {
        return db.sql("SELECT endpoint, fingerprint, result::text AS result FROM idempotency_record"
                        + " WHERE principal = :principal AND idempotency_key = :key")
                .bind("principal", request.principal()).bind("key", request.key().value())
                .map((row, meta) -> new Stored(row.get("endpoint", String.class), row.get("fingerprint", String.class),
                        row.get("result", String.class)))
                .one()
                .flatMap(stored -> {
                    if (!stored.endpoint().equals(request.endpoint()) || !stored.fingerprint().equals(request.fingerprint())
                            || stored.result() == null) {
                        return Mono.error(ProblemException.invalid("header:" + IdempotencyKey.HEADER, "key-reused",
                                "此幂等键已用于另一请求 / this idempotency key was used for a different request"));
                    }
                    request.markReplayed();
                    return Mono.just(json.readValue(stored.result(), resultType));
                });
    }

    private record Stored(String endpoint, String fingerprint, String result) {
    }
}
