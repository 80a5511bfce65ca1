package cn.kaohe.indicators.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The read model for scoring: placed units, targets, latest approved values as of a period. */
class FactsApiTest extends ServiceIntegrationTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2022";
    private static boolean prepared;

    @BeforeEach
    void cycleWithApprovedProgress() {
        if (prepared) {
            return;
        }
        send("POST", "/api/indicators/v1/cycles", "{\"code\":\"2022\",\"name\":\"2022年度\",\"year\":2022}");
        send("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        send("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        send("POST", "/api/indicators/v1/units", "{\"code\":\"TJJ\",\"name\":\"市统计局\",\"kind\":\"DEPARTMENT\"}");
        send("POST", CYCLE + "/categories", "{\"code\":\"ECO\",\"name\":\"生态发展区\"}");
        send("PUT", CYCLE + "/units/HANYIN/category", "{\"category\":\"ECO\"}");
        send("PUT", CYCLE + "/units/SHIQUAN/category", "{\"category\":\"ECO\"}");
        send("POST", CYCLE + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        send("POST", CYCLE + "/indicators", "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"地区生产总值\",\"leadDepartment\":\"TJJ\"}");
        send("PUT", CYCLE + "/units/HANYIN/targets/GDP", "{\"target\":65.2,\"points\":12}");
        send("PUT", CYCLE + "/units/SHIQUAN/targets/GDP", "{\"target\":50}");
        approve("HANYIN", "2022-09", "40");
        approve("HANYIN", "2022-10", "53.1");
        as("office").post().uri(CYCLE + "/progress-reports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"SHIQUAN\",\"indicator\":\"GDP\",\"period\":\"2022-10\",\"actual\":30}")
                .exchange().expectStatus().isCreated();
        prepared = true;
    }

    private void send(String method, String path, String body) {
        as("office").method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(200, 201, 409));
    }

    private void approve(String unit, String period, String actual) {
        String body = as("office").post().uri(CYCLE + "/progress-reports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"" + unit + "\",\"indicator\":\"GDP\",\"period\":\"" + period
                        + "\",\"actual\":" + actual + "}")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String[][] steps = {{"office", "submission"}, {"stats", "verification"}, {"office", "approval"}};
        for (int version = 0; version < steps.length; version++) {
            as(steps[version][0]).post().uri(CYCLE + "/progress-reports/" + id + "/" + steps[version][1])
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"version\":" + version + "}")
                    .exchange().expectStatus().isOk();
        }
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
