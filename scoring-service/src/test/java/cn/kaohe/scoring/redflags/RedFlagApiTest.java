package cn.kaohe.scoring.redflags;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.scoring.ContractExamples;
import cn.kaohe.scoring.results.ExampleUpstream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

@Import(ExampleUpstream.class)
class RedFlagApiTest extends ServiceIntegrationTest {

    private static final String CYCLE = "/api/scoring/v1/cycles/2020";
    private static boolean stored;

    @BeforeEach
    void rulebook() {
        if (stored) {
            return;
        }
        as("office").post().uri(CYCLE + "/rulebooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ContractExamples.firstRulebookVersion("2020")).exchange().expectStatus().isCreated();
        stored = true;
    }

    @Test
    void everyUnitSeesTheQuarterlyRankingWithFlags() {
        as("reporter").get().uri(CYCLE + "/red-flags?quarter=2020-Q2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.asOf").isEqualTo("2020-06")
                .jsonPath("$.sections[0].section").isEqualTo("ALL")
                .jsonPath("$.sections[0].units.length()").isEqualTo(4)
                .jsonPath("$.sections[0].units[0].flag").isEqualTo("RED_FLAG")
                .jsonPath("$.sections[0].units[3].flag").isEqualTo("YELLOW_CARD");
    }

    @Test
    void quarterIsChecked() {
        as("office").get().uri(CYCLE + "/red-flags?quarter=2020-Q5&top=-1").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.quarter')]").exists()
                .jsonPath("$.errors[?(@.path == '$.top')]").exists();
    }
}
