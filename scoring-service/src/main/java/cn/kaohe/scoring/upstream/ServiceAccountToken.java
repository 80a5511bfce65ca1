package cn.kaohe.scoring.upstream;

import cn.kaohe.defaults.problems.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The scoring service's own token (client credentials of its Keycloak client) for reading facts and
 * social scores. Forecasts and quarterly red flags are shown to unit users, who may not read the
 * whole cycle's facts themselves; the scoring service narrows what it shows them, so it reads the
 * sources as itself. Without a configured client it falls back to the caller's token.
 */
@Component
class ServiceAccountToken {

    private static final Duration EARLY_RENEWAL = Duration.ofSeconds(30);

    private final WebClient http = WebClient.builder().build();
    private final String tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final AtomicReference<Held> held = new AtomicReference<>();

    ServiceAccountToken(@Value("${kaohe.auth.issuer-uri}") String issuer,
                        @Value("${kaohe.upstream.client-id:}") String clientId,
                        @Value("${kaohe.upstream.client-secret:}") String clientSecret) {
        this.tokenUri = issuer + "/protocol/openid-connect/token";
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** The token to send upstream: the service's own when configured, else the caller's. */
    Mono<String> forUpstream(String callerToken) {
        if (clientId.isBlank()) {
            return Mono.just(callerToken);
        }
        Held current = held.get();
        if (current != null && Instant.now().isBefore(current.renewAt())) {
            return Mono.just(current.token());
        }
        return http.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", clientId).with("client_secret", clientSecret))
                .retrieve().bodyToMono(Map.class)
                .timeout(Duration.ofSeconds(10))
                .map(answer -> {
                    String token = String.valueOf(answer.get("access_token"));
                    long lifetime = answer.get("expires_in") instanceof Number seconds ? seconds.longValue() : 60;
                    Instant renewAt = Instant.now().plusSeconds(lifetime).minus(EARLY_RENEWAL);
                    held.set(new Held(token, renewAt));
                    return token;
                })
                .onErrorMap(failure -> !(failure instanceof ProblemException), failure -> ProblemException.unavailable(
                        "身份服务暂不可用,未保存任何结果 / the identity provider is unavailable; nothing was stored"));
    }

    private record Held(String token, Instant renewAt) {
    }
}
