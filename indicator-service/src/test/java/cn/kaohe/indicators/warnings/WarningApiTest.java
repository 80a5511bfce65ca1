package cn.kaohe.indicators.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Warnings from the schedule: issue to the responsible and co-units, acknowledge, close on recovery. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarningApiTest extends ServiceIntegrationTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2020";
    private static boolean prepared;
    private static String warningId;

    @BeforeEach
    void laggingCounty() {
        if (prepared) {
            return;
        }
        send("POST", "/api/indicators/v1/cycles", "{\"code\":\"2020\",\"name\":\"2020年度\",\"year\":2020}");
        send("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        send("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        send("POST", "/api/indicators/v1/units", "{\"code\":\"TJJ\",\"name\":\"市统计局\",\"kind\":\"DEPARTMENT\"}");
        send("POST", CYCLE + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        send("POST", CYCLE + "/indicators", "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"GDP\"}");
        send("PUT", CYCLE + "/units/HANYIN/targets/GDP", "{\"target\":100,\"coUnits\":[\"TJJ\"]}");
        send("PUT", CYCLE + "/units/SHIQUAN/targets/GDP", "{\"target\":100}");
        approve("HANYIN", "2020-06", "30");
        approve("SHIQUAN", "2020-06", "55");
        prepared = true;
    }

    private void send(String method, String path, String body) {
        as("office").method(HttpMethod.valueOf(method)).uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(200, 201, 409));
    }

    private void approve(String unit, String period, String actual) {
        String body = as("office").post().uri(CYCLE + "/progress-reports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"" + unit + "\",\"indicator\":\"GDP\",\"period\":\"" + period
                        + "\",\"actual\":" + actual + "}")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String[] steps = {"submission", "verification", "approval"};
        for (int version = 0; version < steps.length; version++) {
            as("office").post().uri(CYCLE + "/progress-reports/" + id + "/" + steps[version])
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"version\":" + version + "}")
                    .exchange().expectStatus().isOk();
        }
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
        approve("HANYIN", "2020-09", "80");
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
