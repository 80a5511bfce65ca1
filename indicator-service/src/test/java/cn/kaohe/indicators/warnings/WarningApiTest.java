package cn.kaohe.indicators.warnings;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;

/** Warnings from the schedule: issue to the responsible and co-units, acknowledge, close on recovery. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarningApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2020";
    private static boolean prepared;
    private static String warningId;

    @BeforeEach
    void laggingCounty() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2020\",\"name\":\"2020年度\",\"year\":2020}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"TJJ\",\"name\":\"市统计局\",\"kind\":\"DEPARTMENT\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"GDP\"}");
        given("PUT", CYCLE + "/units/HANYIN/targets/GDP", "{\"target\":100,\"coUnits\":[\"TJJ\"]}");
        given("PUT", CYCLE + "/units/SHIQUAN/targets/GDP", "{\"target\":100}");
        approved("2020", "HANYIN", "GDP", "2020-06", "30");
        approved("2020", "SHIQUAN", "GDP", "2020-06", "55");
        prepared = true;
    }

    @Test
    @Order(1)
    void roundIssuesARedWarningToTheResponsibleAndCoUnitsOnce() {
        as("office").post().uri(CYCLE + "/warnings/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"period\":\"2020-06\"}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.issued.length()").isEqualTo(1)
                .jsonPath("$.issued[0].unit").isEqualTo("HANYIN")
                .jsonPath("$.issued[0].colour").isEqualTo("RED")
                .jsonPath("$.issued[0].recipients").isEqualTo(java.util.List.of("HANYIN", "TJJ"));
        as("office").post().uri(CYCLE + "/warnings/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"period\":\"2020-06\"}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.issued.length()").isEqualTo(0);
        String list = as("leader").get().uri(CYCLE + "/warnings").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        warningId = list.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    @Order(2)
    void otherUnitsDoNotSeeIt() {
        as("reporter2").get().uri(CYCLE + "/warnings").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
        as("reporter2").post().uri(CYCLE + "/warnings/" + warningId + "/acknowledgement")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"measures\":\"x\",\"version\":0}").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    @Order(3)
    void unitLeaderAcknowledgesWithMeasures() {
        as("leader").post().uri(CYCLE + "/warnings/" + warningId + "/acknowledgement")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"version\":0}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.measures");
        as("leader").post().uri(CYCLE + "/warnings/" + warningId + "/acknowledgement")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"measures\":\"加快重点项目投产,月底前召开调度会\",\"version\":0}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACKNOWLEDGED").jsonPath("$.acknowledgedBy").isEqualTo("leader");
    }

    @Test
    @Order(4)
    void backOnScheduleTheWarningClosesAsRecovered() {
        approved("2020", "HANYIN", "GDP", "2020-09", "80");
        as("office").post().uri(CYCLE + "/warnings/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"period\":\"2020-09\"}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.closed.length()").isEqualTo(1)
                .jsonPath("$.closed[0].status").isEqualTo("CLOSED")
                .jsonPath("$.closed[0].recovered").isEqualTo(true)
                .jsonPath("$.closed[0].closedPeriod").isEqualTo("2020-09");
        as("office").get().uri(CYCLE + "/warnings?status=CLOSED").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
    }
}
