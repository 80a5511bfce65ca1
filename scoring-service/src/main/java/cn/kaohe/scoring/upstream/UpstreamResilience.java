package cn.kaohe.scoring.upstream;

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
 * Breakers for the calls to the indicator and evaluation services. The library's 1 s time limit
 * would cut a large cycle's facts short: the limit here covers the response timeout and retries.
 */
@Configuration(proxyBeanMethods = false)
class UpstreamResilience {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> upstreamBreakers(
            @Value("${kaohe.upstream.response-timeout}") Duration responseTimeout) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(responseTimeout.multipliedBy(3)).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(10))
                        .build())
                .build());
    }
}
