package cn.kaohe.indicators.projects;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;

/** "Due but not started": the monthly warning round issues, escalates and closes project warnings. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectWarningApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2033";
    private static boolean prepared;
    private static String warningId;

    @BeforeEach
    void aProjectDueInMarch() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2033\",\"name\":\"2033年度\",\"year\":2033}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        given("POST", CYCLE + "/projects", "{\"code\":\"HY-HOSPITAL\",\"unit\":\"HANYIN\",\"name\":\"县医院迁建\","
                + "\"plannedInvestment\":5000,\"plannedStart\":\"2033-03\"}");
        given("POST", CYCLE + "/projects", "{\"code\":\"SQ-BRIDGE\",\"unit\":\"SHIQUAN\",\"name\":\"汉江大桥\","
                + "\"plannedInvestment\":9000,\"plannedStart\":\"2033-09\"}");
        prepared = true;
    }

    private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec round(String period) {
        return as("office").post().uri(CYCLE + "/warnings/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"period\":\"" + period + "\"}").exchange()
                .expectStatus().isOk().expectBody();
    }

    @Test
    @Order(1)
    void beforeItsPlannedStartAProjectGetsNoWarning() {
        round("2033-02").jsonPath("$.projects.issued.length()").isEqualTo(0);
    }

    @Test
    @Order(2)
    void dueAndNotStartedTheRoundIssuesAYellowToTheProjectsUnitOnce() {
        round("2033-03")
                .jsonPath("$.issued.length()").isEqualTo(0)
                .jsonPath("$.projects.issued.length()").isEqualTo(1)
                .jsonPath("$.projects.issued[0].project").isEqualTo("HY-HOSPITAL")
                .jsonPath("$.projects.issued[0].unit").isEqualTo("HANYIN")
                .jsonPath("$.projects.issued[0].colour").isEqualTo("YELLOW")
                .jsonPath("$.projects.issued[0].monthsLate").isEqualTo(0);
        round("2033-03").jsonPath("$.projects.issued.length()").isEqualTo(0);
        String list = as("reporter").get().uri(CYCLE + "/project-warnings").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        warningId = list.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    @Order(3)
    void anotherUnitNeitherSeesNorAcknowledgesIt() {
        as("reporter2").get().uri(CYCLE + "/project-warnings").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
        as("reporter2").post().uri(CYCLE + "/project-warnings/" + warningId + "/acknowledgement")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"measures\":\"x\",\"version\":0}").exchange()
                .expectStatus().isNotFound();
        as("analyst").post().uri(CYCLE + "/project-warnings/" + warningId + "/acknowledgement")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"measures\":\"x\",\"version\":0}").exchange()
                .expectStatus().isForbidden();
        as("office").get().uri(CYCLE + "/project-warnings").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].status").isEqualTo("ISSUED");
    }

    @Test
    @Order(4)
    void threeMonthsLateTheYellowTurnsRedInPlace() {
        round("2033-05").jsonPath("$.projects.escalated.length()").isEqualTo(0);
        round("2033-06")
                .jsonPath("$.projects.issued.length()").isEqualTo(0)
                .jsonPath("$.projects.escalated.length()").isEqualTo(1)
                .jsonPath("$.projects.escalated[0].colour").isEqualTo("RED")
                .jsonPath("$.projects.escalated[0].monthsLate").isEqualTo(3)
                .jsonPath("$.projects.escalated[0].escalatedPeriod").isEqualTo("2033-06");
    }

    @Test
    @Order(5)
    void theLeaderAcknowledgesWithMeasures() {
        as("leader").post().uri(CYCLE + "/project-warnings/" + warningId + "/acknowledgement")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"measures\":\" \",\"version\":1}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.measures");
        as("leader").post().uri(CYCLE + "/project-warnings/" + warningId + "/acknowledgement")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"measures\":\"x\",\"version\":0}").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.version").isEqualTo(1);
        as("leader").post().uri(CYCLE + "/project-warnings/" + warningId + "/acknowledgement")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"measures\":\"征地拆迁已完成,7月初开工\",\"version\":1}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACKNOWLEDGED").jsonPath("$.acknowledgedBy").isEqualTo("leader");
    }

    @Test
    @Order(6)
    void onceStartedTheRoundClosesTheWarningAsRecovered() {
        as("reporter").put().uri(CYCLE + "/projects/HY-HOSPITAL/progress").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"actualStart\":\"2033-07\",\"version\":0}").exchange().expectStatus().isOk();
        round("2033-07")
                .jsonPath("$.projects.closed.length()").isEqualTo(1)
                .jsonPath("$.projects.closed[0].status").isEqualTo("CLOSED")
                .jsonPath("$.projects.closed[0].recovered").isEqualTo(true)
                .jsonPath("$.projects.closed[0].closedPeriod").isEqualTo("2033-07");
        as("leader").get().uri(CYCLE + "/project-warnings?status=CLOSED").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
        String id = as("office").get().uri(CYCLE + "/project-warnings?status=CLOSED").exchange()
                .expectBody(String.class).returnResult().getResponseBody()
                .replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        as("office").get().uri("/api/indicators/v1/audit?entityType=PROJECT_WARNING&entityId=" + id).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].action").isEqualTo("CLOSED")
                .jsonPath("$.items[0].before.status").isEqualTo("ACKNOWLEDGED")
                .jsonPath("$.items[1].action").isEqualTo("ACKNOWLEDGED")
                .jsonPath("$.items[2].action").isEqualTo("ESCALATED")
                .jsonPath("$.items[3].action").isEqualTo("ISSUED");
    }
}
