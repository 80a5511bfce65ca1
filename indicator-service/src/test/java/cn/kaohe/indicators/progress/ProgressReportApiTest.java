package cn.kaohe.indicators.progress;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class ProgressReportApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2023";
    private static final String REPORTS = CYCLE + "/progress-reports";
    private static boolean prepared;

    @BeforeEach
    void cycleUnitsAndTree() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2023\",\"name\":\"2023年度\",\"year\":2023}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"TJJ\",\"name\":\"市统计局\",\"kind\":\"DEPARTMENT\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"地区生产总值\",\"leadDepartment\":\"TJJ\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"FAI\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"固定资产投资\",\"leadDepartment\":\"FGJ\"}");
        prepared = true;
    }

    private String draft(String user, String unit, String indicator, String period, String actual) {
        String body = as(user).post().uri(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"" + unit + "\",\"indicator\":\"" + indicator + "\",\"period\":\"" + period
                        + "\",\"actual\":" + actual + ",\"comment\":\"按统计快报\"}")
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private WebTestClient.ResponseSpec step(String user, String id, String step, String body) {
        return as(user).post().uri(REPORTS + "/" + id + "/" + step).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    @Test
    void reportGoesFromDraftThroughVerificationToApproval() {
        String id = draft("reporter", "HANYIN", "GDP", "2023-10", "53.1");
        step("reporter", id, "submission", "{\"version\":0}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SUBMITTED");
        step("office", id, "approval", "{\"version\":1}").expectStatus().isEqualTo(409);
        step("stats", id, "verification", "{\"version\":1}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("VERIFIED");
        step("stats", id, "approval", "{\"version\":2}").expectStatus().isForbidden();
        step("office", id, "approval", "{\"version\":2}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED").jsonPath("$.actual").isEqualTo(53.1);
        as("reporter").put().uri(REPORTS + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"actual\":60,\"version\":3}").exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void returnedReportIsEditedAndSubmittedAgain() {
        String id = draft("reporter", "HANYIN", "GDP", "2023-09", "40");
        step("reporter", id, "submission", "{\"version\":0}").expectStatus().isOk();
        step("stats", id, "return", "{\"version\":1}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.comment");
        step("stats", id, "return", "{\"version\":1,\"comment\":\"与统计年报口径不一致\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("RETURNED")
                .jsonPath("$.returnComment").isEqualTo("与统计年报口径不一致");
        as("reporter").put().uri(REPORTS + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"actual\":41.5,\"version\":2}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.actual").isEqualTo(41.5);
        step("reporter", id, "submission", "{\"version\":3}").expectStatus().isOk();
    }

    @Test
    void onlyTheIndicatorsLeadDepartmentVerifies() {
        String id = draft("reporter", "HANYIN", "FAI", "2023-10", "12");
        step("reporter", id, "submission", "{\"version\":0}").expectStatus().isOk();
        step("stats", id, "verification", "{\"version\":1}").expectStatus().isForbidden();
    }

    @Test
    void unitReporterCannotReadOrWriteAnotherUnitsReports() {
        String id = draft("reporter", "HANYIN", "GDP", "2023-08", "30");
        as("reporter2").get().uri(REPORTS + "/" + id).exchange().expectStatus().isNotFound();
        as("reporter2").get().uri(REPORTS + "?unit=HANYIN").exchange().expectStatus().isForbidden();
        as("reporter2").get().uri(REPORTS).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.unit == 'HANYIN')]").doesNotExist();
        as("reporter2").post().uri(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"HANYIN\",\"indicator\":\"GDP\",\"period\":\"2023-07\",\"actual\":1}").exchange()
                .expectStatus().isForbidden();
        step("reporter2", id, "submission", "{\"version\":0}").expectStatus().isNotFound();
    }

    @Test
    void badReportsNameEveryFieldAndWriteNothing() {
        as("reporter").post().uri(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"HANYIN\",\"indicator\":\"NOPE\",\"period\":\"2022-12\",\"actual\":-5}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.period')].code").isEqualTo("outside-cycle")
                .jsonPath("$.errors[?(@.path == '$.actual')].code").isEqualTo("must-not-be-negative")
                .jsonPath("$.errors[?(@.path == '$.indicator')].code").isEqualTo("unknown-indicator");
        as("reporter").post().uri(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"HANYIN\",\"indicator\":\"GDP\",\"period\":\"2023-05\",\"actual\":\"many\"}")
                .exchange().expectStatus().isBadRequest();
        as("office").get().uri(REPORTS + "?unit=HANYIN&period=2023-05").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        draft("reporter", "HANYIN", "GDP", "2023-06", "20");
        as("reporter").post().uri(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"HANYIN\",\"indicator\":\"GDP\",\"period\":\"2023-06\",\"actual\":21}").exchange()
                .expectStatus().isEqualTo(409);
    }
}
