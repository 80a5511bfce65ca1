package cn.kaohe.scoring.upstream;

import cn.kaohe.defaults.problems.ProblemException;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads facts and social scores over HTTP as the scoring service itself ({@link ServiceAccountToken}): connect and response
 * timeouts, two retries of these idempotent GETs on connection failures and 5xx, a circuit
 * breaker per service. Any failure to get an answer is a 503 naming the service; nothing is
 * stored then.
 */
@Component
class HttpFactsSource implements FactsSource {

    private final WebClient http;
    private final JsonMapper lenient;
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;
    private final String indicators;
    private final String evaluations;
    private final long maxBytes;
    private final ServiceAccountToken tokens;

    HttpFactsSource(JsonMapper json, ReactiveCircuitBreakerFactory<?, ?> breakers, ServiceAccountToken tokens,
                    @Value("${kaohe.services.indicators}") String indicators,
                    @Value("${kaohe.services.evaluations}") String evaluations,
                    @Value("${kaohe.upstream.connect-timeout}") Duration connectTimeout,
                    @Value("${kaohe.upstream.response-timeout}") Duration responseTimeout,
                    @Value("${kaohe.upstream.max-body}") DataSize maxBody) {
        HttpClient client = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
                .responseTimeout(responseTimeout);
        // Bodies are read as raw buffers and parsed here, so the client needs no codecs of its own.
        this.http = WebClient.builder().clientConnector(new ReactorClientHttpConnector(client)).build();
        // Upstream documents may grow fields over time; that must not break scoring.
        this.lenient = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.breakers = breakers;
        this.indicators = indicators;
        this.evaluations = evaluations;
        this.maxBytes = maxBody.toBytes();
        this.tokens = tokens;
    }

    @Override
    public Mono<CycleFacts> facts(String cycle, String asOf, String bearerToken) {
        String uri = UriComponentsBuilder.fromUriString(indicators)
                .path("/api/indicators/v1/cycles/{cycle}/facts")
                .queryParamIfPresent("asOf", java.util.Optional.ofNullable(asOf))
                .buildAndExpand(cycle).toUriString();
        return get("indicators", uri, bearerToken, CycleFacts.class);
    }

    @Override
    public Mono<CycleSocialScores> socialScores(String cycle, String bearerToken) {
        String uri = UriComponentsBuilder.fromUriString(evaluations)
                .path("/api/evaluations/v1/cycles/{cycle}/social-scores")
                .buildAndExpand(cycle).toUriString();
        return get("evaluations", uri, bearerToken, CycleSocialScores.class);
    }

    private <T> Mono<T> get(String service, String uri, String callerToken, Class<T> type) {
        return tokens.forUpstream(callerToken).flatMap(token -> get(service, uri, type, token));
    }

    private <T> Mono<T> get(String service, String uri, Class<T> type, String bearerToken) {
        Mono<T> call = http.get().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                .exchangeToMono(response -> {
                    HttpStatusCode status = response.statusCode();
                    if (status.is2xxSuccessful()) {
                        return read(response.bodyToFlux(DataBuffer.class), type);
                    }
                    return response.releaseBody().then(Mono.error(status.is5xxServerError()
                            ? new UpstreamFailure(service, status.value())
                            : refused(service, status.value())));
                })
                .retryWhen(Retry.backoff(2, Duration.ofMillis(200))
                        .filter(HttpFactsSource::isRetryable)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        return breakers.create(service)
                .run(call, failure -> Mono.error(failure instanceof ProblemException problem
                        ? problem : unavailable(service)));
    }

    private <T> Mono<T> read(reactor.core.publisher.Flux<DataBuffer> body, Class<T> type) {
        AtomicLong seen = new AtomicLong();
        return DataBufferUtils.join(body.handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new DataBufferLimitException("upstream body above " + maxBytes + " bytes"));
                    } else {
                        sink.next(buffer);
                    }
                }))
                .publishOn(Schedulers.parallel())
                .map(buffer -> {
                    try (InputStream in = buffer.asInputStream(true)) {
                        return lenient.readValue(in, type);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static boolean isRetryable(Throwable failure) {
        return failure instanceof WebClientRequestException || failure instanceof UpstreamFailure;
    }

    /** A 4xx from upstream is an answer, not an outage: the cycle is unknown there, or we may not read it. */
    private static ProblemException refused(String service, int status) {
        if (status == 404) {
            return ProblemException.notFound("服务 " + service + " 中没有该年度 / the " + service
                    + " service does not know this cycle");
        }
        if (status == 401 || status == 403) {
            return ProblemException.forbidden("服务 " + service + " 拒绝读取 / the " + service
                    + " service refused to share this cycle's data with you");
        }
        return unavailable(service);
    }

    private static ProblemException unavailable(String service) {
        return ProblemException.unavailable("服务 " + service + " 暂不可用,未保存任何结果 / the " + service
                + " service is unavailable; nothing was stored");
    }

    /** A 5xx answer, retried and then reported as unavailable. */
    static final class UpstreamFailure extends RuntimeException {
        UpstreamFailure(String service, int status) {
            super(service + " answered " + status, null, false, false);
        }
    }
}
