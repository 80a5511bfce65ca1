package cn.kaohe.indicators.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.indicators.IndicatorApiTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every state change of the existing features leaves its audit row: who, what, before, after, why. */
class AuditTrailApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2011";
    private static final String AUDIT = "/api/indicators/v1/audit";
    private static boolean prepared;

    @BeforeEach
    void cycleWithATree() {
        if (prepared) {
            return;
        }
        demoCounty("2011");
        prepared = true;
    }

    private String post(String user, String path, String body) {
        return as(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().is2xxSuccessful().expectBody(String.class).returnResult().getResponseBody();
    }

    private static List<String> actions(WebTestClient.BodyContentSpec rows) {
        List<String> actions = new java.util.ArrayList<>();
        rows.jsonPath("$.items[*].action").value(found -> actions.addAll(asStrings(found)));
        return actions;
    }

    @SuppressWarnings("unchecked")
    private static List<String> asStrings(Object found) {
        return (List<String>) found;
    }

    @Test
    void everyStepOfAReportIsAuditedWithWhoBeforeAfterAndWhy() {
        String reports = CYCLE + "/progress-reports";
        String id = idOf(post("reporter", reports, "{\"unit\":\"HANYIN\",\"indicator\":\"GDP\",\"period\":\"2011-05\","
                + "\"actual\":20}"));
        as("reporter").put().uri(reports + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"actual\":21,\"version\":0}").exchange().expectStatus().isOk();
        post("reporter", reports + "/" + id + "/submission", "{\"version\":1}");
        post("stats", reports + "/" + id + "/return", "{\"version\":2,\"comment\":\"口径不一致\"}");
        as("reporter").put().uri(reports + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"actual\":22,\"version\":3}").exchange().expectStatus().isOk();
        post("reporter", reports + "/" + id + "/submission", "{\"version\":4}");
        post("stats", reports + "/" + id + "/verification", "{\"version\":5}");
        post("office", reports + "/" + id + "/approval", "{\"version\":6}");

        WebTestClient.BodyContentSpec rows = auditOf("PROGRESS_REPORT", id);
        assertThat(actions(rows)).containsExactly("APPROVED", "VERIFIED", "SUBMITTED", "CHANGED", "RETURNED",
                "SUBMITTED", "CHANGED", "CREATED");
        rows.jsonPath("$.items[0].actor").isEqualTo("office")
                .jsonPath("$.items[0].before.status").isEqualTo("VERIFIED")
                .jsonPath("$.items[0].after.status").isEqualTo("APPROVED")
                .jsonPath("$.items[0].cycle").isEqualTo("2011")
                .jsonPath("$.items[0].unit").isEqualTo("HANYIN")
                .jsonPath("$.items[1].actor").isEqualTo("stats")
                .jsonPath("$.items[3].before.actual").isEqualTo(21)
                .jsonPath("$.items[3].after.actual").isEqualTo(22)
                .jsonPath("$.items[4].reason").isEqualTo("口径不一致")
                .jsonPath("$.items[7].before").doesNotExist()
                .jsonPath("$.items[7].actor").isEqualTo("reporter")
                .jsonPath("$.items[7].hash").value(hash -> assertThat((String) hash).hasSize(64));
    }

    @Test
    void categoriesPlacementsTreeAndTargetsAreAudited() {
        post("office", CYCLE + "/categories", "{\"code\":\"ECO\",\"name\":\"生态发展区\"}");
        post("office", CYCLE + "/categories", "{\"code\":\"URBAN\",\"name\":\"城区\"}");
        as("office").put().uri(CYCLE + "/units/SHIQUAN/category").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\":\"ECO\"}").exchange().expectStatus().isOk();
        as("office").put().uri(CYCLE + "/units/SHIQUAN/category").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\":\"URBAN\"}").exchange().expectStatus().isOk();
        auditOf("CATEGORY", "2011/ECO").jsonPath("$.items[0].action").isEqualTo("CREATED");
        auditOf("UNIT_CATEGORY", "2011/SHIQUAN")
                .jsonPath("$.items[0].before.category").isEqualTo("ECO")
                .jsonPath("$.items[0].after.category").isEqualTo("URBAN")
                .jsonPath("$.items[1].before").doesNotExist();

        post("office", CYCLE + "/indicators", "{\"code\":\"FAI\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"固定资产投资\"}");
        as("office").put().uri(CYCLE + "/indicators/FAI").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"parent\":\"ECON\",\"name\":\"固定资产投资(亿元)\",\"version\":0}").exchange()
                .expectStatus().isOk();
        assertThat(actions(auditOf("INDICATOR", "2011/FAI"))).containsExactly("CHANGED", "CREATED");
        auditOf("INDICATOR", "2011/FAI").jsonPath("$.items[0].before.name").isEqualTo("固定资产投资")
                .jsonPath("$.items[0].after.name").isEqualTo("固定资产投资(亿元)");

        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2010\",\"name\":\"2010年度\",\"year\":2010}");
        post("office", "/api/indicators/v1/cycles/2010/indicators/copy", "{\"fromCycle\":\"2011\"}");
        auditOf("INDICATOR", "2010/GDP").jsonPath("$.items[0].action").isEqualTo("COPIED")
                .jsonPath("$.items[0].reason").value(reason -> assertThat((String) reason).contains("2011"));

        String target = CYCLE + "/units/SHIQUAN/targets/GDP";
        as("office").put().uri(target).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"target\":50}").exchange()
                .expectStatus().isOk();
        post("office", CYCLE + "/units/SHIQUAN/letter/signature", "{}");
        as("office").put().uri(target).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"target\":55,\"version\":0,\"reason\":\"省里下达目标上调\"}").exchange().expectStatus().isOk();
        auditOf("TARGET", "2011/SHIQUAN/GDP")
                .jsonPath("$.items[0].action").isEqualTo("REVISED")
                .jsonPath("$.items[0].reason").isEqualTo("省里下达目标上调")
                .jsonPath("$.items[0].before.target").isEqualTo(50)
                .jsonPath("$.items[0].after.target").isEqualTo(55)
                .jsonPath("$.items[1].action").isEqualTo("CREATED");
        auditOf("TARGET_LETTER", "2011/SHIQUAN").jsonPath("$.items[0].action").isEqualTo("SIGNED");
        auditOf("CYCLE", "2010").jsonPath("$.items[0].action").isEqualTo("CREATED");
    }

    @Test
    void unitChangesAreAuditedWithBeforeAndAfter() {
        given("POST", "/api/indicators/v1/units", "{\"code\":\"AUDIT-TOWN\",\"name\":\"城关镇\",\"kind\":\"TOWN\"}");
        as("office").put().uri("/api/indicators/v1/units/AUDIT-TOWN").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"城关街道\",\"kind\":\"TOWN\",\"version\":0}").exchange().expectStatus().isOk();

        auditOf("UNIT", "AUDIT-TOWN")
                .jsonPath("$.items[0].action").isEqualTo("CHANGED")
                .jsonPath("$.items[0].before.name").isEqualTo("城关镇")
                .jsonPath("$.items[0].after.name").isEqualTo("城关街道")
                .jsonPath("$.items[0].after.version").isEqualTo(1)
                .jsonPath("$.items[1].action").isEqualTo("CREATED");
    }

    @Test
    void warningsAreAuditedFromIssueThroughAcknowledgementToClosing() {
        given("PUT", CYCLE + "/units/HANYIN/targets/GDP", "{\"target\":100}");
        approved("2011", "HANYIN", "GDP", "2011-06", "30");
        String round = post("office", CYCLE + "/warnings/rounds", "{\"period\":\"2011-06\"}");
        String warning = round.replaceAll("(?s).*?\"issued\":\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        post("leader", CYCLE + "/warnings/" + warning + "/acknowledgement",
                "{\"measures\":\"月底前召开调度会\",\"version\":0}");
        approved("2011", "HANYIN", "GDP", "2011-09", "80");
        post("office", CYCLE + "/warnings/rounds", "{\"period\":\"2011-09\"}");

        WebTestClient.BodyContentSpec rows = auditOf("WARNING", warning);
        assertThat(actions(rows)).containsExactly("CLOSED", "ACKNOWLEDGED", "ISSUED");
        rows.jsonPath("$.items[0].before.status").isEqualTo("ACKNOWLEDGED")
                .jsonPath("$.items[0].after.recovered").isEqualTo(true)
                .jsonPath("$.items[1].actor").isEqualTo("leader")
                .jsonPath("$.items[1].reason").isEqualTo("月底前召开调度会")
                .jsonPath("$.items[2].after.colour").isEqualTo("RED");
    }

    @Test
    void unitUsersReadOnlyTheirOwnUnitsRowsAndOtherRolesNone() {
        post("reporter2", CYCLE + "/progress-reports", "{\"unit\":\"SHIQUAN\",\"indicator\":\"GDP\","
                + "\"period\":\"2011-02\",\"actual\":3}");
        post("reporter", CYCLE + "/progress-reports", "{\"unit\":\"HANYIN\",\"indicator\":\"GDP\","
                + "\"period\":\"2011-02\",\"actual\":4}");

        as("reporter").get().uri(AUDIT + "?size=500").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.unit != 'HANYIN')]").doesNotExist()
                .jsonPath("$.items[?(@.unit == 'HANYIN')]").exists();
        as("leader").get().uri(AUDIT + "?cycle=2011&entityType=PROGRESS_REPORT").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.unit == 'SHIQUAN')]").doesNotExist();
        as("reporter").get().uri(AUDIT + "?unit=SHIQUAN").exchange().expectStatus().isForbidden();
        as("stats").get().uri(AUDIT).exchange().expectStatus().isForbidden();
        asIntegrator().get().uri(AUDIT).exchange().expectStatus().isForbidden();
        as("analyst").get().uri(AUDIT + "?unit=SHIQUAN&cycle=2011").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.unit != 'SHIQUAN')]").doesNotExist()
                .jsonPath("$.total").value(total -> assertThat(((Number) total).longValue()).isPositive());
        as("office").get().uri(AUDIT + "?size=501").exchange().expectStatus().isEqualTo(422);
    }
}
