package cn.kaohe.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.scoring.ContractExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/**
 * Computing a cycle end to end inside the scoring service: real PostgreSQL, real tokens, real
 * HTTP; only the two upstream services (not built yet) answer from the worked example.
 */
@Import(ExampleUpstream.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResultApiTest extends ServiceIntegrationTest {

    private static final String RESULTS = "/api/scoring/v1/cycles/2024/results";
    private static boolean rulebookStored;

    @Autowired
    ExampleFactsSource upstream;

    @BeforeEach
    void rulebook() {
        if (rulebookStored) {
            return;
        }
        as("office").post().uri("/api/scoring/v1/cycles/2024/rulebooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ContractExamples.firstRulebookVersion("2024")).exchange().expectStatus().isCreated();
        rulebookStored = true;
    }

    @Test
    @Order(1)
    void computingStoresADraftVersionThatReproducesTheWorkedExample() {
        as("office").post().uri(RESULTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"asOf\":\"2024-12\"}").exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.rulebookVersion").isEqualTo(1)
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.unitCount").isEqualTo(4)
                .jsonPath("$.inputFingerprint").value(f -> assertThat(f.toString()).hasSize(64))
                .jsonPath("$.warnings[?(@ =~ /.*D.*social score.*/)]").exists();
        assertThat(upstream.lastToken).as("the caller's token is passed upstream").isNotBlank();

        as("analyst").get().uri(RESULTS + "/1/units").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(4)
                .jsonPath("$.items[0].unit").isEqualTo("C")
                .jsonPath("$.items[0].finalScore").isEqualTo(112.80)
                .jsonPath("$.items[0].grade").isEqualTo("GOOD")
                .jsonPath("$.items[1].unit").isEqualTo("HANYIN")
                .jsonPath("$.items[1].finalScore").isEqualTo(101.34)
                .jsonPath("$.items[1].grade").isEqualTo("EXCELLENT")
                .jsonPath("$.items[3].grade").isEqualTo("POOR");
    }

    @Test
    @Order(2)
    void breakdownExplainsEveryIndicatorAndAdjustment() {
        as("office").get().uri(RESULTS + "/1/units/HANYIN").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.standing.targetScore").isEqualTo(97.93)
                .jsonPath("$.indicators[?(@.indicator == 'GDP')].earned").isEqualTo(11.00)
                .jsonPath("$.indicators[?(@.indicator == 'GDP')].bonus").isEqualTo(3.00)
                .jsonPath("$.explanation.adjustments[0].rule").exists()
                .jsonPath("$.explanation.excellenceRoute").isEqualTo("CATEGORY_SLOT");
    }

    @Test
    @Order(3)
    void unitReporterSeesOwnLineAndBreakdownButNotOtherUnits() {
        as("reporter").get().uri(RESULTS + "/1/units").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].unit").isEqualTo("HANYIN");
        as("reporter").get().uri(RESULTS + "/1/units/HANYIN").exchange().expectStatus().isOk();
        as("reporter").get().uri(RESULTS + "/1/units/C").exchange().expectStatus().isForbidden();
        as("reporter2").get().uri(RESULTS + "/1/units/HANYIN").exchange().expectStatus().isForbidden();
    }

    @Test
    @Order(4)
    void integratorDoesNotSeeDrafts() {
        asIntegrator().get().uri(RESULTS + "/1").exchange().expectStatus().isNotFound();
        asIntegrator().get().uri(RESULTS).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    @Order(5)
    void recomputingNeedsAReasonAndTheDiffSaysWhoMovedAndWhy() {
        as("office").post().uri(RESULTS).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.reason");

        upstream.scenario.set(ExampleFactsSource.example()
                .replace("\"actual\": 110", "\"actual\": 80"));
        as("office").post().uri(RESULTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"统计局更正 HANYIN 的 GDP 数据\"}").exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo(2);

        as("analyst").get().uri(RESULTS + "/diff?from=1&to=2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.rulebookChanged").isEqualTo(false)
                .jsonPath("$.inputChanged").isEqualTo(true)
                .jsonPath("$.moves[?(@.unit == 'HANYIN')].why[0]").value(why ->
                        assertThat(why.toString()).contains("GDP earned"));
        upstream.scenario.set(ExampleFactsSource.example());
    }

    @Test
    @Order(6)
    void inconsistentFactsNameTheirOwnerAndStoreNothing() {
        upstream.scenario.set(ExampleFactsSource.example().replace("\"indicator\": \"IND\"", "\"indicator\": \"NOPE\""));
        try {
            as("office").post().uri(RESULTS).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"reason\":\"试算\"}").exchange()
                    .expectStatus().isEqualTo(422)
                    .expectBody().jsonPath("$.errors[0].message").value(message ->
                            assertThat(message.toString()).contains("indicator service"));
        } finally {
            upstream.scenario.set(ExampleFactsSource.example());
        }
        as("office").get().uri(RESULTS).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(2);
    }

    @Test
    @Order(7)
    void cycleWithoutRulebookCannotBeComputed() {
        as("office").post().uri("/api/scoring/v1/cycles/1999/results").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("no-rulebook");
    }

    @Test
    @Order(8)
    void onlyTheOfficeComputes() {
        as("analyst").post().uri(RESULTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"x\"}").exchange().expectStatus().isForbidden();
    }
}
