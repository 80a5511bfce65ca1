package cn.kaohe.defaults.transactions;

import reactor.core.publisher.Mono;

/** How every service runs a database transaction that a client's request started. */
public final class Transactions {

    private Transactions() {
    }

    /**
     * {@code work} (a transaction) run to its end even when its subscriber cancels, as WebFlux does when the
     * client hangs up or times out: it commits whole or rolls back on an error, never in between. Cancelling
     * it mid-way raced the pipeline: the rollback could run while a step already under way went on outside
     * the transaction, autocommitted on another connection, so that a response was stored without its key's
     * record (its retry answered 409 {@code already-answered}) or a key's record without its write (422
     * {@code key-reused}); {@code SubmissionsSurviveAKillTest} found it after a restart,
     * {@code AbandonedAttemptTest} keeps it fixed. The caller's context (request id) goes along.
     */
    public static <T> Mono<T> toTheEnd(Mono<T> work) {
        return Mono.create(sink -> work.contextWrite(sink.contextView())
                .subscribe(sink::success, sink::error, sink::success));
    }
}
