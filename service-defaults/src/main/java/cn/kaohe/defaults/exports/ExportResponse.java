package cn.kaohe.defaults.exports;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Streams a file download: content type by format, {@code Content-Disposition: attachment;
 * filename*=UTF-8''…}, and the body written by {@code writer} on a bounded-elastic thread (the
 * writer blocks on the rows' iterator and on the response's back-pressure, never on an event loop).
 */
public final class ExportResponse {

    private ExportResponse() {
    }

    /** @param baseName the file name without extension, e.g. {@code 序时进度表-2024-10} */
    public static Mono<Void> write(ServerHttpResponse response, ExportFormat format, String baseName,
                                   Consumer<OutputStream> writer) {
        response.getHeaders().setContentType(format.mediaType());
        response.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(baseName + "." + format.extension()));
        return response.writeWith(DataBufferUtils.outputStreamPublisher(writer::accept, response.bufferFactory(),
                task -> Schedulers.boundedElastic().schedule(task)));
    }

    public static String contentDisposition(String fileName) {
        return "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
