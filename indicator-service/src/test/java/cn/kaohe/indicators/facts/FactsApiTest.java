package cn.kaohe.indicators.facts;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The read model for scoring: placed units, targets, latest approved values as of a period. */
class FactsApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2022";
    private static boolean prepared;

    @BeforeEach
    void cycleWithApprovedProgress() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2022\",\"name\":\"2022年度\",\"year\":2022}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"TJJ\",\"name\":\"市统计局\",\"kind\":\"DEPARTMENT\"}");
        given("POST", CYCLE + "/categories", "{\"code\":\"ECO\",\"name\":\"生态发展区\"}");
        given("PUT", CYCLE + "/units/HANYIN/category", "{\"category\":\"ECO\"}");
        given("PUT", CYCLE + "/units/SHIQUAN/category", "{\"category\":\"ECO\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"地区生产总值\",\"leadDepartment\":\"TJJ\"}");
        given("PUT", CYCLE + "/units/HANYIN/targets/GDP", "{\"target\":65.2,\"points\":12}");
        given("PUT", CYCLE + "/units/SHIQUAN/targets/GDP", "{\"target\":50}");
        approved("2022", "HANYIN", "GDP", "2022-09", "40");
        approved("2022", "HANYIN", "GDP", "2022-10", "53.1");
        as("office").post().uri(CYCLE + "/progress-reports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"SHIQUAN\",\"indicator\":\"GDP\",\"period\":\"2022-10\",\"actual\":30}")
                .exchange().expectStatus().isCreated();
        prepared = true;
    }

    @Test
    void factsCarryPlacedUnitsTargetsAndTheLatestApprovedValue() {
        asIntegrator().get().uri(CYCLE + "/facts").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.units.length()").isEqualTo(2)
                .jsonPath("$.units[?(@.code == 'HANYIN')].category").isEqualTo("ECO")
                .jsonPath("$.assignments[?(@.unit == 'HANYIN')].target").isEqualTo(65.2)
                .jsonPath("$.assignments[?(@.unit == 'HANYIN')].points").isEqualTo(12)
                .jsonPath("$.values.length()").isEqualTo(1)
                .jsonPath("$.values[0].actual").isEqualTo(53.1)
                .jsonPath("$.sections[0].code").isEqualTo("ECON")
                .jsonPath("$.sections[0].indicators[0]").isEqualTo("GDP");
    }

    @Test
    void asOfAPeriodTheValueOfThatPeriodCounts() {
        as("analyst").get().uri(CYCLE + "/facts?asOf=2022-09").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.values[0].actual").isEqualTo(40);
        as("analyst").get().uri(CYCLE + "/facts?asOf=2022-08").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.values.length()").isEqualTo(0);
    }

    @Test
    void unitUsersDoNotReadEveryUnitsFacts() {
        as("reporter").get().uri(CYCLE + "/facts").exchange().expectStatus().isForbidden();
    }

    @Test
    void unknownCycleAndBadPeriodAreNamed() {
        as("office").get().uri("/api/indicators/v1/cycles/1777/facts").exchange().expectStatus().isNotFound();
        as("office").get().uri(CYCLE + "/facts?asOf=2022-13").exchange().expectStatus().isEqualTo(422);
    }
}
