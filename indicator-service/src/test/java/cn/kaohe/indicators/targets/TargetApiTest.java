package cn.kaohe.indicators.targets;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TargetApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2026";
    private static final String HANYIN = CYCLE + "/units/HANYIN";
    private static boolean prepared;

    @BeforeEach
    void cycleUnitsAndTree() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2026\",\"name\":\"2026年度\",\"year\":2026}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"TJJ\",\"name\":\"市统计局\",\"kind\":\"DEPARTMENT\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"地区生产总值\"}");
        prepared = true;
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec put(String user, String path,
                                                                                          String body) {
        return as(user).put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    @Order(1)
    void officeSetsATargetWithCoUnits() {
        put("office", HANYIN + "/targets/GDP", "{\"target\":65.2,\"points\":10,\"coUnits\":[\"TJJ\"]}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.target").isEqualTo(65.2)
                .jsonPath("$.responsibleUnit").isEqualTo("HANYIN")
                .jsonPath("$.coUnits[0]").isEqualTo("TJJ")
                .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    @Order(1)
    void aGradedTaskIsAssignedWithoutATargetValueAndHasNoSchedule() {
        given("POST", CYCLE + "/indicators", "{\"code\":\"PARTY\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"党的建设\"}");
        put("office", HANYIN + "/targets/PARTY", "{\"responsibleUnit\":\"HANYIN\"}")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.indicator").isEqualTo("PARTY").jsonPath("$.target").doesNotExist();
        as("office").get().uri(CYCLE + "/schedule?period=2026-06").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.indicator == 'PARTY')]").doesNotExist();
    }

    @Test
    @Order(2)
    void unsignedChangeNeedsTheVersionButNoReason() {
        put("office", HANYIN + "/targets/GDP", "{\"target\":66}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.version");
        put("office", HANYIN + "/targets/GDP", "{\"target\":66,\"version\":0}").expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1);
    }

    @Test
    @Order(3)
    void afterSigningAChangeIsARevisionWithItsReason() {
        as("office").post().uri(HANYIN + "/letter/signature").exchange().expectStatus().isOk();
        as("office").post().uri(HANYIN + "/letter/signature").exchange().expectStatus().isEqualTo(409);
        put("office", HANYIN + "/targets/GDP", "{\"target\":70,\"version\":1}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.reason");
        put("office", HANYIN + "/targets/GDP", "{\"target\":70,\"version\":1,\"reason\":\"市政府调整目标\"}")
                .expectStatus().isOk();
        as("leader").get().uri(HANYIN + "/targets/GDP/revisions").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].before.target").isEqualTo(66)
                .jsonPath("$[0].after.target").isEqualTo(70)
                .jsonPath("$[0].reason").isEqualTo("市政府调整目标")
                .jsonPath("$[0].author").isEqualTo("office");
        as("reporter").get().uri(HANYIN + "/targets").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.signed").isEqualTo(true).jsonPath("$.targets[0].target").isEqualTo(70);
    }

    @Test
    @Order(4)
    void staleVersionIsConflictWithTheCurrentLine() {
        put("office", HANYIN + "/targets/GDP", "{\"target\":71,\"version\":0,\"reason\":\"x\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.target").isEqualTo(70);
    }

    @Test
    @Order(5)
    void badInputNamesEveryFieldAndWritesNothing() {
        put("office", CYCLE + "/units/SHIQUAN/targets/GDP",
                "{\"target\":-1,\"points\":0,\"coUnits\":[\"NOBODY\",\"TJJ\",\"TJJ\"]}")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.target')].code").isEqualTo("must-not-be-negative")
                .jsonPath("$.errors[?(@.path == '$.points')].code").isEqualTo("must-be-positive")
                .jsonPath("$.errors[?(@.path == '$.coUnits[2]')].code").isEqualTo("duplicate")
                .jsonPath("$.errors[?(@.path == '$.coUnits[0]')].code").isEqualTo("unknown-unit");
        put("office", CYCLE + "/units/SHIQUAN/targets/ECON", "{\"target\":1}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.indicator");
        put("office", CYCLE + "/units/SHIQUAN/targets/GDP", "{\"target\":\"lots\"}").expectStatus().isBadRequest();
        as("office").get().uri(CYCLE + "/units/SHIQUAN/targets").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.targets.length()").isEqualTo(0);
    }

    @Test
    @Order(6)
    void unitReporterCannotSeeAnotherUnitsTargets() {
        as("reporter").get().uri(CYCLE + "/units/SHIQUAN/targets").exchange().expectStatus().isForbidden();
        as("reporter").get().uri(CYCLE + "/units/SHIQUAN/targets/GDP/revisions").exchange().expectStatus().isForbidden();
        put("reporter", HANYIN + "/targets/GDP", "{\"target\":1,\"version\":2,\"reason\":\"x\"}")
                .expectStatus().isForbidden();
    }
}
