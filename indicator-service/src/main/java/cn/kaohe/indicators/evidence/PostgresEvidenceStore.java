package cn.kaohe.indicators.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Evidence content in PostgreSQL rows of 256 KB: memory per upload or download stays about one chunk. */
@Component
class PostgresEvidenceStore implements EvidenceStore {

    static final int CHUNK_BYTES = 256 * 1024;

    private final DatabaseClient db;

    PostgresEvidenceStore(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> write(UUID contentId, Flux<byte[]> content) {
        return Flux.defer(() -> {
                    Chunker chunker = new Chunker();
                    return content.concatMapIterable(chunker::add, 1).concatWith(Mono.fromSupplier(chunker::rest)
                            .filter(rest -> rest.length > 0));
                })
                .index()
                .concatMap(chunk -> db.sql("INSERT INTO evidence_content (content_id, chunk_no, data)"
                                + " VALUES (:id, :no, :data)")
                        .bind("id", contentId).bind("no", chunk.getT1().intValue())
                        .bind("data", ByteBuffer.wrap(chunk.getT2())).fetch().rowsUpdated(), 1)
                .then();
    }

    @Override
    public Mono<Void> discard(UUID contentId) {
        return db.sql("DELETE FROM evidence_content WHERE content_id = :id").bind("id", contentId)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Flux<DataBuffer> read(UUID contentId) {
        return db.sql("SELECT count(*) AS n FROM evidence_content WHERE content_id = :id").bind("id", contentId)
                .map((row, meta) -> row.get("n", Long.class)).one()
                .flatMapMany(chunks -> Flux.range(0, chunks.intValue()))
                .concatMap(no -> db.sql("SELECT data FROM evidence_content WHERE content_id = :id AND chunk_no = :no")
                        .bind("id", contentId).bind("no", no)
                        .map((row, meta) -> DefaultDataBufferFactory.sharedInstance.wrap(row.get("data", ByteBuffer.class)))
                        .one(), 1);
    }

    /** Gathers incoming pieces into chunks of {@link #CHUNK_BYTES}. */
    private static final class Chunker {
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream(CHUNK_BYTES);

        List<byte[]> add(byte[] piece) {
            List<byte[]> full = new java.util.ArrayList<>(1);
            int offset = 0;
            while (offset < piece.length) {
                int take = Math.min(CHUNK_BYTES - pending.size(), piece.length - offset);
                pending.write(piece, offset, take);
                offset += take;
                if (pending.size() == CHUNK_BYTES) {
                    full.add(pending.toByteArray());
                    pending.reset();
                }
            }
            return full;
        }

        byte[] rest() {
            return pending.toByteArray();
        }
    }
}
