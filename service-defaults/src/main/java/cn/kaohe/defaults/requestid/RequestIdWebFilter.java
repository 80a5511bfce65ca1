package cn.kaohe.defaults.requestid;

import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id (the caller's or a new one), echoes it in the response, passes it to
 * the logging context and writes one access-log line per request.
 */
public class RequestIdWebFilter implements WebFilter, Ordered {

    private static final Logger access = LoggerFactory.getLogger("kaohe.access");
    private static final Pattern CREDENTIAL = Pattern.compile("(/public/[a-z-]+/|^/s/(?:p/)?(?!assets/))([^/]{0,4})[^/]*");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(RequestIds.HEADER, id))
                .build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(RequestIds.ATTRIBUTE, id);
        withId.getResponse().getHeaders().set(RequestIds.HEADER, id);
        long started = System.nanoTime();
        return chain.filter(withId)
                .doFinally(signal -> {
                    if (access.isInfoEnabled() && !request.getPath().value().startsWith("/actuator")) {
                        access.info("{} {} {} {}ms rid={}", request.getMethod(), loggable(request.getPath().value()),
                                withId.getResponse().getStatusCode() == null ? "-"
                                        : withId.getResponse().getStatusCode().value(),
                                (System.nanoTime() - started) / 1_000_000, id);
                    }
                })
                .contextWrite(context -> context.put(RequestIds.MDC_KEY, id));
    }

    /**
     * The path as the access log shows it: a credential in it (the invitation token or public-link code of
     * {@code /public/invitations/{token}}, {@code /public/links/{code}} and the survey page's {@code /s/{token}},
     * {@code /s/p/{code}}) keeps only its first four characters.
     */
    static String loggable(String path) {
        return CREDENTIAL.matcher(path).replaceFirst("$1$2…");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
