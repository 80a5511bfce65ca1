package cn.kaohe.scoring.simulations;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.scoring.ContractExamples;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "kaohe.scoring.simulation-max-body=2KB")
class SimulationBodyLimitTest extends ServiceIntegrationTest {

    @Test
    void scenarioAboveTheConfiguredLimitIsPayloadTooLarge() {
        as("analyst").post().uri("/api/scoring/v1/simulations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ContractExamples.text("worked-example.scenario.json"))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:payload-too-large");
    }
}
