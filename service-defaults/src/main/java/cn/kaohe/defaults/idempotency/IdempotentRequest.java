package cn.kaohe.defaults.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * One creating request as the idempotency records see it: who sent it ({@code principal}, e.g. the
 * token's subject or an invitation), its key, the endpoint and a fingerprint of what was asked.
 * Two requests are "the same" when principal, key, endpoint and body fingerprint all agree.
 */
public record IdempotentRequest(String principal, IdempotencyKey key, String endpoint, String fingerprint,
                                ServerHttpResponse response) {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /**
     * @param canonicalBody the request as the service understood it (e.g. the parsed body written back
     *                      as JSON), so that formatting differences of the same request do not count
     */
    public static IdempotentRequest of(ServerWebExchange exchange, String principal, byte[] canonicalBody) {
        String endpoint = exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
        IdempotencyKey key = IdempotencyKey.ofHeader(exchange.getRequest().getHeaders().getFirst(IdempotencyKey.HEADER));
        return new IdempotentRequest(principal, key, endpoint, fingerprint(endpoint, canonicalBody),
                exchange.getResponse());
    }

    static String fingerprint(String endpoint, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(endpoint.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    void markReplayed() {
        if (response != null) {
            response.getHeaders().set(REPLAYED_HEADER, "true");
        }
    }
}
