package cn.kaohe.indicators.progress;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** 更正: an approved value changes only through a correction with a reason, and everything reads the new value. */
class CorrectionApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2012";
    private static final String REPORTS = CYCLE + "/progress-reports";
    private static boolean prepared;

    @BeforeEach
    void cycleWithTargets() {
        if (prepared) {
            return;
        }
        demoCounty("2012");
        given("POST", CYCLE + "/categories", "{\"code\":\"ECO\",\"name\":\"生态发展区\"}");
        given("PUT", CYCLE + "/units/HANYIN/category", "{\"category\":\"ECO\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"FAI\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"固定资产投资\",\"leadDepartment\":\"FGJ\"}");
        given("PUT", CYCLE + "/units/HANYIN/targets/GDP", "{\"target\":100}");
        given("PUT", CYCLE + "/units/HANYIN/targets/FAI", "{\"target\":100}");
        prepared = true;
    }

    private WebTestClient.ResponseSpec correct(String user, String id, String body) {
        return as(user).post().uri(REPORTS + "/" + id + "/corrections").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    @Test
    void theOfficeCorrectsAnApprovedValueWithAReasonAndTheHistoryKeepsIt() {
        String id = approved("2012", "HANYIN", "GDP", "2012-03", "20");

        correct("office", id, "{\"actual\":26.5,\"reason\":\"统计年报修订\",\"version\":3}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.actual").isEqualTo(26.5)
                .jsonPath("$.status").isEqualTo("APPROVED")
                .jsonPath("$.version").isEqualTo(4);
        correct("office", id, "{\"actual\":25,\"reason\":\"再次核实\",\"version\":4}").expectStatus().isOk();

        as("reporter").get().uri(REPORTS + "/" + id + "/corrections").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].before").isEqualTo(20)
                .jsonPath("$[0].after").isEqualTo(26.5)
                .jsonPath("$[0].reason").isEqualTo("统计年报修订")
                .jsonPath("$[0].correctedBy").isEqualTo("office")
                .jsonPath("$[1].before").isEqualTo(26.5)
                .jsonPath("$[1].after").isEqualTo(25);
        auditOf("PROGRESS_REPORT", id)
                .jsonPath("$.items[1].action").isEqualTo("CORRECTED")
                .jsonPath("$.items[1].before.actual").isEqualTo(20)
                .jsonPath("$.items[1].after.actual").isEqualTo(26.5)
                .jsonPath("$.items[1].reason").isEqualTo("统计年报修订");
    }

    @Test
    void theScheduleTheWarningsAndTheFactsUseTheCorrectedValue() {
        String id = approved("2012", "HANYIN", "GDP", "2012-06", "30");
        as("office").post().uri(CYCLE + "/warnings/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"period\":\"2012-06\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.issued[?(@.indicator == 'GDP')].colour").isEqualTo("RED");

        correct("stats", id, "{\"actual\":52,\"reason\":\"漏报一家规上企业\",\"version\":3}").expectStatus().isOk();

        as("office").get().uri(CYCLE + "/schedule?period=2012-06").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.unit == 'HANYIN' && @.indicator == 'GDP')].actual").isEqualTo(52)
                .jsonPath("$[?(@.unit == 'HANYIN' && @.indicator == 'GDP')].colour").isEqualTo("GREEN");
        as("analyst").get().uri(CYCLE + "/facts?asOf=2012-06").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.values[?(@.indicator == 'GDP')].actual").isEqualTo(52);
        as("office").post().uri(CYCLE + "/warnings/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"period\":\"2012-06\"}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.closed[?(@.indicator == 'GDP')].recovered").isEqualTo(true);
    }

    @Test
    void theLeadDepartmentCorrectsOnlyItsOwnIndicatorsAndUnitUsersNever() {
        String gdp = approved("2012", "HANYIN", "GDP", "2012-04", "30");
        String fai = approved("2012", "HANYIN", "FAI", "2012-04", "30");

        correct("stats", gdp, "{\"actual\":31,\"reason\":\"核实\",\"version\":3}").expectStatus().isOk();
        correct("stats", fai, "{\"actual\":31,\"reason\":\"核实\",\"version\":3}").expectStatus().isForbidden();
        correct("reporter", fai, "{\"actual\":31,\"reason\":\"核实\",\"version\":3}").expectStatus().isForbidden();
        correct("reporter2", fai, "{\"actual\":31,\"reason\":\"核实\",\"version\":3}").expectStatus().isNotFound();
        as("reporter2").get().uri(REPORTS + "/" + fai + "/corrections").exchange().expectStatus().isNotFound();
        as("office").get().uri(REPORTS + "/" + fai).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.actual").isEqualTo(30).jsonPath("$.version").isEqualTo(3);
    }

    @Test
    void badCorrectionsNameTheFieldAndWriteNothing() {
        String id = approved("2012", "HANYIN", "GDP", "2012-05", "40");

        correct("office", id, "{\"actual\":-1,\"version\":3}").expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.actual')].code").isEqualTo("must-not-be-negative")
                .jsonPath("$.errors[?(@.path == '$.reason')].code").isEqualTo("required");
        correct("office", id, "{\"actual\":40.0,\"reason\":\"同值\",\"version\":3}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("unchanged");
        correct("office", id, "{\"actual\":\"四十\",\"reason\":\"x\",\"version\":3}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.actual");
        correct("office", id, "{\"actual\":41,\"reason\":\"x\"}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.version");
        correct("office", id, "{\"actual\":41,\"reason\":\"x\",\"version\":3,\"period\":\"2012-06\"}")
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-field");

        as("office").get().uri(REPORTS + "/" + id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.actual").isEqualTo(40).jsonPath("$.version").isEqualTo(3);
        as("office").get().uri(REPORTS + "/" + id + "/corrections").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        auditOf("PROGRESS_REPORT", id).jsonPath("$.items[0].action").isEqualTo("APPROVED");
    }

    @Test
    void aStaleVersionIsAConflictWithTheCurrentReport() {
        String id = approved("2012", "HANYIN", "GDP", "2012-07", "55");
        correct("office", id, "{\"actual\":56,\"reason\":\"核实\",\"version\":3}").expectStatus().isOk();

        correct("office", id, "{\"actual\":57,\"reason\":\"核实\",\"version\":3}").expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.current.version").isEqualTo(4)
                .jsonPath("$.current.actual").isEqualTo(56);
    }

    @Test
    void onlyApprovedReportsAreCorrected() {
        String body = as("reporter").post().uri(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"HANYIN\",\"indicator\":\"GDP\",\"period\":\"2012-08\",\"actual\":60}").exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();

        correct("office", idOf(body), "{\"actual\":61,\"reason\":\"核实\",\"version\":0}").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.status").isEqualTo("DRAFT");
    }
}
