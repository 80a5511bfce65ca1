package cn.kaohe.gateway.clients;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The services learn the client's address from the gateway alone: every proxied request carries
 * exactly one {@code X-Forwarded-For}, the address {@link ClientAddresses} resolved, whatever the client
 * sent (the gateway's own filter has removed the client's X-Forwarded headers before this runs).
 * The evaluation service counts its public-link limits by it.
 */
@Configuration(proxyBeanMethods = false)
class ClientAddressHeaders {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Bean
    ClientAddresses clientAddresses(@Value("${kaohe.gateway.trusted-proxies:}") List<String> trustedProxies) {
        return ClientAddresses.trusting(trustedProxies);
    }

    @Bean
    HttpHeadersFilter clientAddressHeader(ClientAddresses addresses) {
        return new ForwardedFor(addresses);
    }

    /** Runs after the gateway's removal of X-Forwarded headers (order 0). */
    static final class ForwardedFor implements HttpHeadersFilter, Ordered {

        private final ClientAddresses addresses;

        ForwardedFor(ClientAddresses addresses) {
            this.addresses = addresses;
        }

        @Override
        public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
            HttpHeaders headers = HttpHeaders.copyOf(input);
            String client = addresses.resolve(exchange.getRequest().getRemoteAddress(),
                    exchange.getRequest().getHeaders().get(FORWARDED_FOR));
            if (client == null) {
                headers.remove(FORWARDED_FOR);
            } else {
                headers.set(FORWARDED_FOR, client);
            }
            return headers;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
