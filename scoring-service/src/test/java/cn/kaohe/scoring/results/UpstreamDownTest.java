package cn.kaohe.scoring.results;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.scoring.ContractExamples;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** The real HTTP sources, pointed at a port where nothing listens: 503, and nothing is stored. */
@TestPropertySource(properties = {
    "kaohe.services.indicators=http://127.0.0.1:9",
    "kaohe.services.evaluations=http://127.0.0.1:9",
    "kaohe.upstream.connect-timeout=500ms"})
class UpstreamDownTest extends ServiceIntegrationTest {

    @Test
    void computingWhileTheIndicatorServiceIsDownIsUnavailableAndStoresNothing() {
        as("office").post().uri("/api/scoring/v1/cycles/DOWN-1/rulebooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ContractExamples.firstRulebookVersion("DOWN-1")).exchange().expectStatus().isCreated();

        as("office").post().uri("/api/scoring/v1/cycles/DOWN-1/results").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kaohe:problem:dependency-unavailable")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat(detail.toString())
                        .containsAnyOf("indicators", "evaluations"));
        as("office").get().uri("/api/scoring/v1/cycles/DOWN-1/results").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }
}
