package cn.kaohe.gateway.ratelimit;

import cn.kaohe.defaults.problems.Languages;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.problems.ProblemMapper;
import cn.kaohe.defaults.problems.ProblemWriter;
import cn.kaohe.gateway.clients.ClientAddresses;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Rate limit for the anonymous survey endpoints, per client address (as {@link ClientAddresses} resolves
 * it: the peer, or the client behind a trusted proxy), in memory (one gateway
 * instance locally; a shared store comes with the deployment issue). Over the limit: a 429
 * problem with Retry-After. Authenticated API routes are not limited here.
 */
@Component
public class PublicRateLimitGatewayFilterFactory
        extends AbstractGatewayFilterFactory<PublicRateLimitGatewayFilterFactory.Config> {

    /** Bounds memory under an address-spraying attack: idle buckets are dropped past this size. */
    static final int MAX_TRACKED_CLIENTS = 100_000;

    private final ProblemWriter problems;
    private final ClientAddresses addresses;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public PublicRateLimitGatewayFilterFactory(ProblemWriter problems, ClientAddresses addresses) {
        super(Config.class);
        this.problems = problems;
        this.addresses = addresses;
        this.clock = System::nanoTime;
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> {
            long now = clock.getAsLong();
            String client = addresses.resolve(exchange.getRequest().getRemoteAddress(),
                    exchange.getRequest().getHeaders().get("X-Forwarded-For"));
            TokenBucket bucket = bucketFor(client == null ? "unknown" : client, config, now);
            if (bucket.tryTake(now)) {
                return chain.filter(exchange);
            }
            exchange.getResponse().getHeaders().set("Retry-After", Long.toString(Math.max(1, bucket.secondsUntilNext(now))));
            ProblemException tooMany = new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    "请求过于频繁,请稍后再试 / too many requests from your address; retry later", null, null);
            return problems.write(exchange, ProblemMapper.map(tooMany, Languages.preferred(exchange.getRequest())));
        };
    }

    private TokenBucket bucketFor(String client, Config config, long now) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.entrySet().removeIf(entry -> entry.getValue().isFull(now));
        }
        return buckets.computeIfAbsent(client, key -> new TokenBucket(config.getBurst(), config.getPerSecond(), now));
    }

    /** {@code burst} requests at once, then {@code perSecond} on average. */
    public static class Config {
        private int burst = 20;
        private double perSecond = 2;

        public int getBurst() {
            return burst;
        }

        public void setBurst(int burst) {
            this.burst = burst;
        }

        public double getPerSecond() {
            return perSecond;
        }

        public void setPerSecond(double perSecond) {
            this.perSecond = perSecond;
        }
    }
}
