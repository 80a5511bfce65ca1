package cn.kaohe.evaluations.exports;

import cn.kaohe.defaults.problems.ProblemException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A streamed file download: the rows are pulled from the database on a bounded-elastic thread
 * (blocking on the cursor there, never on a reactive one) and written as they come.
 */
public final class Download {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private Download() {
    }

    /** 422 unless {@code format} is xlsx or csv. */
    public static void checkFormat(String format) {
        if (!"xlsx".equals(format) && !"csv".equals(format)) {
            throw ProblemException.invalid("$.format", "unknown-format", "格式为 xlsx 或 csv / xlsx or csv");
        }
    }

    public static Mono<Void> table(ServerHttpResponse response, String baseName, String format, String sheetName,
                                   List<String> headers, Flux<List<Object>> rows) {
        checkFormat(format);
        return file(response, baseName + "." + format, "xlsx".equals(format) ? XLSX : CSV, out -> {
            Iterable<List<Object>> iterable = rows.toIterable(256);
            if ("xlsx".equals(format)) {
                Table.xlsx(sheetName, headers, iterable, out);
            } else {
                Table.csv(headers, iterable, out);
            }
        });
    }

    public static Mono<Void> file(ServerHttpResponse response, String name, MediaType type, Consumer<OutputStream> writer) {
        response.getHeaders().setContentType(type);
        response.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        return response.writeWith(DataBufferUtils.outputStreamPublisher(writer::accept, response.bufferFactory(),
                task -> Schedulers.boundedElastic().schedule(task)));
    }
}
