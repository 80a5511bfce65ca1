package cn.kaohe.defaults.problems;

import cn.kaohe.defaults.requestid.RequestIds;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Renders a problem as RFC 9457 {@code application/problem+json}. */
public final class ProblemWriter {

    public static final String TYPE_PREFIX = "urn:kaohe:problem:";

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemMapper.Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Locale locale = Languages.preferred(exchange.getRequest());
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(body(exchange, problem, locale));
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    public Map<String, Object> body(ServerWebExchange exchange, ProblemMapper.Problem problem, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + problem.slug());
        body.put("title", ProblemTitles.title(problem.slug(), problem.status(), locale));
        body.put("status", problem.status().value());
        if (problem.detail() != null) {
            body.put("detail", problem.detail());
        }
        body.put("instance", URI.create(exchange.getRequest().getPath().value()).toString());
        body.put("requestId", RequestIds.of(exchange));
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        }
        if (problem.extensions() != null) {
            problem.extensions().forEach(body::putIfAbsent);
        }
        return body;
    }
}
