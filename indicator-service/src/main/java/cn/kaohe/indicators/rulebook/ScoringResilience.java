package cn.kaohe.indicators.rulebook;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The breaker in front of the scoring service (as the scoring service's own upstream breakers): the
 * library's 1 s time limit is replaced by one that covers the response timeout and both retries; after
 * half of at least five calls fail, the tree stops asking for {@code kaohe.upstream.breaker-open-for}.
 */
@Configuration(proxyBeanMethods = false)
class ScoringResilience {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> scoringBreaker(
            @Value("${kaohe.upstream.response-timeout}") Duration responseTimeout,
            @Value("${kaohe.upstream.breaker-open-for:10s}") Duration openFor) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom()
                        .timeoutDuration(responseTimeout.multipliedBy(3).plusSeconds(1)).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(openFor)
                        .build())
                .build());
    }
}
