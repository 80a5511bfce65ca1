package cn.kaohe.gateway.page;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway serves the one survey page for any invitation token or public-link code, and its script. */
class SurveyPageRouteTest extends ServiceIntegrationTest {

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("kaohe.services.indicators", () -> "http://127.0.0.1:9");
        registry.add("kaohe.services.scoring", () -> "http://127.0.0.1:9");
        registry.add("kaohe.services.evaluations", () -> "http://127.0.0.1:9");
    }

    @Test
    void thePageIsServedForAnyTokenWithoutAnAccountAndLeaksNoReferrer() {
        for (String path : new String[] {"/s/QmFzZTY0VG9rZW5PZlRoaXJ0eVR3bzAx", "/s/p/anything", "/s/nonsense"}) {
            anonymous().get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                            .contains("script-src 'self'").contains("connect-src 'self'").contains("frame-ancestors 'none'"))
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .expectBody(String.class).value(page -> assertThat(page).contains("<html lang=\"zh-CN\">")
                            .contains("/s/assets/survey.js").doesNotContain("http://").doesNotContain("https://"));
        }
    }

    @Test
    void anUnchangedPageIsNotSentAgain() {
        String etag = anonymous().get().uri("/s/p/x").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();

        anonymous().get().uri("/s/other").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified();
    }

    @Test
    void aMissingFileOnAnOpenPathIsANotFoundProblem() {
        anonymous().get().uri("/s/assets/missing.js").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:not-found");
    }

    @Test
    void theScriptIsSmallAndServedCompressedAndRevalidated() throws Exception {
        var response = anonymous().get().uri("/s/assets/survey.js").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectBody(byte[].class).returnResult();
        assertThat(response.getResponseBody().length).isLessThan(30 * 1024);

        // java.net.http leaves the encoding as sent (the reactive test client would undo it)
        HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/s/assets/survey.js"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(response.getResponseBody().length / 2);
        anonymous().get().uri("/s/assets/survey.js")
                .header(HttpHeaders.IF_MODIFIED_SINCE, response.getResponseHeaders().getFirst(HttpHeaders.LAST_MODIFIED))
                .exchange().expectStatus().isNotModified();
    }
}
