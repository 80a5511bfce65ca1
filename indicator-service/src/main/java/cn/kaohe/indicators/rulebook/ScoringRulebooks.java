package cn.kaohe.indicators.rulebook;

import io.netty.channel.ChannelOption;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the cycle's latest rulebook from the scoring service ({@code GET /api/scoring/v1/cycles/{cycle}/rulebooks/latest})
 * with the caller's token, the way the scoring service reads its own upstreams: connect and response
 * timeouts, two retries of this idempotent GET on connection failures and 5xx, and a circuit breaker.
 * It never fails: no rulebook (404) or no answer gives {@link RulebookPoints#missing} with the reason.
 */
@Component
public class ScoringRulebooks {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringRulebooks.class);
    private static final String BREAKER = "scoring";

    /** The parts of the scoring service's rulebook version this service reads; other fields are ignored. */
    record Version(Integer version, Rulebook rulebook) {
    }

    record Rulebook(List<RuleIndicator> indicators) {
    }

    record RuleIndicator(String code, BigDecimal points, String direction, Method method) {
    }

    record Method(String type) {
    }

    private final WebClient http;
    private final JsonMapper lenient;
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;
    private final String scoring;

    ScoringRulebooks(JsonMapper json, ReactiveCircuitBreakerFactory<?, ?> breakers,
                     @Value("${kaohe.services.scoring}") String scoring,
                     @Value("${kaohe.upstream.connect-timeout}") Duration connectTimeout,
                     @Value("${kaohe.upstream.response-timeout}") Duration responseTimeout) {
        HttpClient client = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
                .responseTimeout(responseTimeout);
        this.http = WebClient.builder().clientConnector(new ReactorClientHttpConnector(client)).build();
        // The scoring service may add fields to its rulebook; that must not break the tree.
        this.lenient = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.breakers = breakers;
        this.scoring = scoring;
    }

    /** @param authorization the caller's Authorization header, forwarded as it came */
    public Mono<RulebookPoints> latest(String cycle, String authorization) {
        Mono<RulebookPoints> call = http.get()
                .uri(scoring + "/api/scoring/v1/cycles/{cycle}/rulebooks/latest", cycle)
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .exchangeToMono(response -> {
                    HttpStatusCode status = response.statusCode();
                    if (status.is2xxSuccessful()) {
                        return response.bodyToMono(byte[].class).map(this::read);
                    }
                    if (status.value() == 404) {
                        return response.releaseBody().thenReturn(RulebookPoints.missing(PointsSource.NO_RULEBOOK));
                    }
                    return response.releaseBody().then(Mono.error(new Unanswered(status.value())));
                })
                .retryWhen(Retry.backoff(2, Duration.ofMillis(100))
                        .filter(failure -> failure instanceof WebClientRequestException || failure instanceof Unanswered)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        return breakers.create(BREAKER).run(call, failure -> {
            LOG.warn("rulebook of cycle {} not read from the scoring service: {}", cycle, failure.toString());
            return Mono.just(RulebookPoints.missing(PointsSource.SCORING_UNAVAILABLE));
        });
    }

    private RulebookPoints read(byte[] body) {
        Version version = lenient.readValue(body, Version.class);
        Map<String, IndicatorScoring> byCode = new HashMap<>();
        if (version.rulebook() != null && version.rulebook().indicators() != null) {
            for (RuleIndicator indicator : version.rulebook().indicators()) {
                byCode.put(indicator.code(), new IndicatorScoring(indicator.points(),
                        indicator.direction() == null ? "HIGHER_BETTER" : indicator.direction(),
                        indicator.method() == null ? null : indicator.method().type()));
            }
        }
        return new RulebookPoints(PointsSource.RULEBOOK, version.version(), Map.copyOf(byCode));
    }

    /** A 5xx or other unexpected answer: retried, then counted by the breaker. */
    static final class Unanswered extends RuntimeException {
        Unanswered(int status) {
            super("scoring answered " + status, null, false, false);
        }
    }
}
