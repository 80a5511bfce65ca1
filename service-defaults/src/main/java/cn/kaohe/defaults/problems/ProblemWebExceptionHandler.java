package cn.kaohe.defaults.problems;

import cn.kaohe.defaults.requestid.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The one problem-details translator of a service: every failure that reaches the web layer,
 * from a controller, a codec or a filter, leaves as problem+json without stack traces or SQL.
 */
public class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final ProblemWriter writer;

    public ProblemWebExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ProblemMapper.Problem problem = ProblemMapper.map(failure, Languages.preferred(exchange.getRequest()));
        if (problem.status().value() == 503) {
            log.warn("{} {} -> 503: {} rid={}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    failure.toString(), RequestIds.of(exchange));
        } else if (problem.isServerFault()) {
            log.error("{} {} failed rid={}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    RequestIds.of(exchange), failure);
        } else {
            log.debug("{} {} -> {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    problem.status(), failure);
        }
        return writer.write(exchange, problem);
    }

    @Override
    public int getOrder() {
        // Before Boot's default error handler (-1) so that no HTML or whitelabel body escapes.
        return -2;
    }
}
