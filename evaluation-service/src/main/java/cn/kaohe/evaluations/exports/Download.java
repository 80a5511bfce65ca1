package cn.kaohe.evaluations.exports;

import cn.kaohe.defaults.exports.ExportFormat;
import cn.kaohe.defaults.exports.ExportResponse;
import cn.kaohe.defaults.exports.ExportTable;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A streamed table download (the shared {@link ExportTable} and {@link ExportResponse}): the rows are
 * pulled from the database on a bounded-elastic thread (blocking on the cursor there, never on a
 * reactive one) and written as they come.
 */
public final class Download {

    private Download() {
    }

    /** 422 unless {@code format} is xlsx or csv. */
    public static void checkFormat(String format) {
        ExportFormat.of(format == null ? "" : format);
    }

    public static Mono<Void> table(ServerHttpResponse response, String baseName, String format, String sheetName,
                                   List<String> headers, Flux<List<Object>> rows) {
        checkFormat(format);
        ExportFormat chosen = ExportFormat.of(format);
        return ExportResponse.write(response, chosen, baseName, out -> {
            Iterable<List<Object>> iterable = rows.toIterable(256);
            if (chosen == ExportFormat.XLSX) {
                ExportTable.xlsx(sheetName, null, headers, List.of(), iterable, out);
            } else {
                ExportTable.csv(headers, iterable, out);
            }
        });
    }
}
