package cn.kaohe.evaluations.publiclinks;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The proof-of-work signer with the service's key, read once from the database (made by the migration,
 * shared by every instance and kept over restarts, so challenges stay valid across them). A failed read
 * is not remembered: the next request tries again.
 */
@Component
class ProofOfWorkKey {

    private final Mono<ProofOfWork> signer;

    ProofOfWorkKey(DatabaseClient db) {
        this.signer = db.sql("SELECT secret FROM proof_of_work_key WHERE id = 1")
                .map((row, meta) -> row.get("secret", ByteBuffer.class))
                .one()
                .map(secret -> {
                    byte[] bytes = new byte[secret.remaining()];
                    secret.get(bytes);
                    return new ProofOfWork(bytes);
                })
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("proof_of_work_key has no key")))
                .cache(value -> Duration.ofDays(36_500), failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    Mono<ProofOfWork> signer() {
        return signer;
    }
}
