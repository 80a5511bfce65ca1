package cn.kaohe.indicators.evidence;

import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where evidence content lives, by content id, apart from its metadata, so that it can move from
 * PostgreSQL to object storage. Both directions stream: nothing here holds a whole file.
 */
public interface EvidenceStore {

    /**
     * Stores the bytes as they arrive. With the PostgreSQL store this joins the caller's transaction, so a
     * failed upload leaves nothing behind.
     */
    Mono<Void> write(UUID contentId, Flux<byte[]> content);

    /** Drops content that is not to be kept (the second copy of a replayed upload). */
    Mono<Void> discard(UUID contentId);

    /** The content in order, a chunk at a time. */
    Flux<DataBuffer> read(UUID contentId);
}
