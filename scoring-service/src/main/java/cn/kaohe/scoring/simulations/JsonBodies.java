package cn.kaohe.scoring.simulations;

import java.io.InputStream;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a large JSON body with its own size limit: the bytes are joined once (bounded) and
 * parsed on the parallel scheduler, so a 25 MB scenario neither sits in several copies nor
 * stalls the event loop.
 */
@Component
public class JsonBodies {

    private final JsonMapper json;

    JsonBodies(JsonMapper json) {
        this.json = json;
    }

    public <T> Mono<T> read(Flux<DataBuffer> body, Class<T> type, int maxBytes) {
        AtomicLong seen = new AtomicLong();
        Flux<DataBuffer> limited = body.handle((buffer, sink) -> {
            if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                DataBufferUtils.release(buffer);
                sink.error(new DataBufferLimitException("body exceeds " + maxBytes + " bytes"));
            } else {
                sink.next(buffer);
            }
        });
        return DataBufferUtils.join(limited)
                .publishOn(Schedulers.parallel())
                .map(buffer -> {
                    try (InputStream in = buffer.asInputStream(true)) {
                        return json.readValue(in, type);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }
}
