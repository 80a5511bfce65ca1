package cn.kaohe.gateway.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * 评价页: one static page for every survey link, {@code /s/{token}} for invitations and
 * {@code /s/p/{code}} for public links, whatever the token (the script reads it from the address and
 * asks the public API, which says whether it is valid). Its script and nothing else comes from
 * {@code /s/assets/}. The page is held in memory (a few kilobytes) and revalidated by its ETag.
 *
 * <p>Headers: no referrer (the token in the address never leaves in a Referer), a content security
 * policy allowing only this origin's script, worker and API calls, no framing, no caching without
 * revalidation.
 */
@Configuration(proxyBeanMethods = false)
class SurveyPage {

    static final String POLICY = "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self';"
            + " style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    @Bean
    RouterFunction<ServerResponse> surveyPageRoutes() {
        byte[] page = read("static/s/index.html");
        String etag = "\"" + sha256(page).substring(0, 16) + "\"";
        return RouterFunctions.route(RequestPredicates.GET("/s/{token}").or(RequestPredicates.GET("/s/p/{code}")),
                request -> request.checkNotModified(etag)
                        .switchIfEmpty(Mono.defer(() -> ServerResponse.ok()
                                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                                .eTag(etag)
                                .cacheControl(CacheControl.noCache())
                                .header("Content-Security-Policy", POLICY)
                                .header("Referrer-Policy", "no-referrer")
                                .header("X-Content-Type-Options", "nosniff")
                                .bodyValue(page))));
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the survey page is missing from the gateway: " + path, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
