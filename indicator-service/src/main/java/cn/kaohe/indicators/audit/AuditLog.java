package cn.kaohe.indicators.audit;

import cn.kaohe.defaults.requestid.RequestIds;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.transactions.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log as other features use it. A change and its audit row live in one transaction, so
 * that neither exists without the other: wrap the change with {@link #recorded}, or call
 * {@link #record} inside the transaction that makes the change. Record last in the transaction:
 * appends are serialized, so the chain lock is then held only until the commit.
 */
@Component
public class AuditLog {

    private final AuditRepository repository;
    private final TransactionalOperator transaction;
    private final JsonMapper json;

    AuditLog(AuditRepository repository, TransactionalOperator transaction, JsonMapper json) {
        this.repository = repository;
        this.transaction = transaction;
        this.json = json;
    }

    /** Appends the changes in order; joins the caller's transaction (or opens one when there is none). */
    public Mono<Void> record(Caller actor, List<Change> changes) {
        if (changes.isEmpty()) {
            return Mono.empty();
        }
        return Mono.deferContextual(context -> {
            String requestId = context.getOrDefault(RequestIds.MDC_KEY, null);
            return repository.lockHead().flatMap(head -> {
                // A chunk at a time: a round of a large cycle records tens of thousands of changes, and only
                // one chunk's JSON trees and rows are held while the chain advances through them in order.
                Chain chain = new Chain(head.seq(), head.hash());
                return Flux.fromIterable(changes).buffer(AuditRepository.INSERT_BATCH)
                        .concatMap(chunk -> repository.insertAll(chain.rows(chunk, head, actor, requestId)))
                        .then();
            });
        }).as(transaction::transactional).as(Transactions::toTheEnd);
    }

    public Mono<Void> record(Caller actor, Change change) {
        return record(actor, List.of(change));
    }

    /**
     * Runs {@code change} and records what it did in the same transaction. An empty change (a stale
     * version, say) records nothing; a failing audit append undoes the change.
     */
    public <T> Mono<T> recorded(Caller actor, Mono<T> change, Function<T, Change> describe) {
        return change.flatMap(done -> record(actor, describe.apply(done)).thenReturn(done))
                .as(transaction::transactional).as(Transactions::toTheEnd);
    }

    /** As {@link #recorded(Caller, Mono, Function)} for a change that touched several entities. */
    public <T> Mono<T> recordedAll(Caller actor, Mono<T> change, Function<T, List<Change>> describe) {
        return change.flatMap(done -> record(actor, describe.apply(done)).thenReturn(done))
                .as(transaction::transactional).as(Transactions::toTheEnd);
    }

    /** Where the chain stands while one append walks through its chunks (used by one subscriber, in order). */
    private final class Chain {
        private long seq;
        private byte[] previous;

        Chain(long seq, byte[] previous) {
            this.seq = seq;
            this.previous = previous;
        }

        List<AuditRow> rows(List<Change> chunk, AuditRepository.Head head, Caller actor, String requestId) {
            List<AuditRow> rows = new ArrayList<>(chunk.size());
            for (Change change : chunk) {
                AuditRow row = new AuditRow(++seq, UUID.randomUUID(), head.now().toInstant(), actor.username(),
                        requestId, change.entityType(), change.entityId(), change.action(), change.cycle(),
                        change.unit(), tree(change.before()), tree(change.after()), change.reason(), previous, null);
                row = row.withHash(row.expectedHash());
                previous = row.hash();
                rows.add(row);
            }
            return rows;
        }
    }

    private JsonNode tree(Object value) {
        return value == null ? null : json.valueToTree(value);
    }
}
