package cn.kaohe.indicators.factrecords;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** 考核事实: levels, adjustments and vetoes recorded by the office, withdrawn never deleted, served as of a period. */
class FactRecordApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2013";
    private static boolean prepared;

    @BeforeEach
    void placedUnitsAndAQualitativeIndicator() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2013\",\"name\":\"2013年度\",\"year\":2013}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        given("POST", CYCLE + "/categories", "{\"code\":\"ECO\",\"name\":\"生态发展区\"}");
        given("PUT", CYCLE + "/units/HANYIN/category", "{\"category\":\"ECO\"}");
        given("PUT", CYCLE + "/units/SHIQUAN/category", "{\"category\":\"ECO\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"PARTY_BUILDING\",\"level\":\"SECTION\",\"name\":\"党的建设\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"PARTY\",\"level\":\"INDICATOR\",\"parent\":\"PARTY_BUILDING\","
                + "\"name\":\"党建工作\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"STABILITY\",\"level\":\"INDICATOR\",\"parent\":\"PARTY_BUILDING\","
                + "\"name\":\"社会稳定\"}");
        prepared = true;
    }

    private WebTestClient.ResponseSpec record(String user, String kinds, String body) {
        return as(user).post().uri(CYCLE + "/" + kinds).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String recorded(String kinds, String body) {
        return idOf(record("office", kinds, body).expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private WebTestClient.BodyContentSpec facts(String asOf) {
        return as("analyst").get().uri(CYCLE + "/facts" + (asOf == null ? "" : "?asOf=" + asOf)).exchange()
                .expectStatus().isOk().expectBody();
    }

    private WebTestClient.ResponseSpec withdraw(String user, String kinds, String id, String body) {
        return as(user).post().uri(CYCLE + "/" + kinds + "/" + id + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    @Test
    void theFactsCarryEachUnitsLatestLevelAsOfAPeriod() {
        recorded("levels", "{\"unit\":\"HANYIN\",\"indicator\":\"PARTY\",\"level\":\"B\",\"date\":\"2013-06-30\","
                + "\"reason\":\"半年考评\"}");
        String yearEnd = recorded("levels", "{\"unit\":\"HANYIN\",\"indicator\":\"PARTY\",\"level\":\"A\","
                + "\"date\":\"2013-12-20\",\"reason\":\"年度考评\"}");

        facts("2013-05").jsonPath("$.levels[?(@.indicator == 'PARTY')]").doesNotExist();
        facts("2013-10").jsonPath("$.levels[?(@.unit == 'HANYIN' && @.indicator == 'PARTY')].level").isEqualTo("B");
        facts("2013-12").jsonPath("$.levels[?(@.unit == 'HANYIN' && @.indicator == 'PARTY')].level").isEqualTo("A");
        facts(null).jsonPath("$.levels[?(@.unit == 'HANYIN' && @.indicator == 'PARTY')].level").isEqualTo("A");

        withdraw("office", "levels", yearEnd, "{\"reason\":\"考评结果复核中\",\"version\":0}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN").jsonPath("$.withdrawnBy").isEqualTo("office");
        facts("2013-12").jsonPath("$.levels[?(@.unit == 'HANYIN' && @.indicator == 'PARTY')].level").isEqualTo("B");
        auditOf("LEVEL", yearEnd)
                .jsonPath("$.items[0].action").isEqualTo("WITHDRAWN")
                .jsonPath("$.items[0].reason").isEqualTo("考评结果复核中")
                .jsonPath("$.items[1].action").isEqualTo("CREATED")
                .jsonPath("$.items[1].after.level").isEqualTo("A");
    }

    @Test
    void adjustmentsWithTheirDedupeKeyAndVetoesFeedTheFactsDatedUpToAsOf() {
        recorded("adjustments", "{\"unit\":\"SHIQUAN\",\"rule\":\"PROVINCIAL_COMMENDATION\",\"points\":1.5,"
                + "\"dedupeKey\":\"陕政发〔2013〕15号\",\"date\":\"2013-05-10\",\"reason\":\"省级表彰\"}");
        recorded("adjustments", "{\"unit\":\"SHIQUAN\",\"rule\":\"PUBLIC_CRITICISM\",\"points\":1,"
                + "\"date\":\"2013-11-02\",\"reason\":\"市政府通报批评\"}");
        recorded("vetoes", "{\"unit\":\"SHIQUAN\",\"rule\":\"PRODUCTION_SAFETY\",\"date\":\"2013-08-03\","
                + "\"description\":\"较大生产安全事故\"}");

        String mine = "@.unit == 'SHIQUAN' && (@.rule == 'PROVINCIAL_COMMENDATION' || @.rule == 'PUBLIC_CRITICISM')";
        facts("2013-07")
                .jsonPath("$.adjustments[?(" + mine + ")].rule").isEqualTo(java.util.List.of("PROVINCIAL_COMMENDATION"))
                .jsonPath("$.adjustments[?(" + mine + ")].points").isEqualTo(java.util.List.of(1.5))
                .jsonPath("$.adjustments[?(" + mine + ")].dedupeKey").isEqualTo(java.util.List.of("陕政发〔2013〕15号"))
                .jsonPath("$.vetoes[?(@.rule == 'PRODUCTION_SAFETY')]").doesNotExist();
        facts("2013-08").jsonPath("$.vetoes[?(@.rule == 'PRODUCTION_SAFETY')].unit").isEqualTo(java.util.List.of("SHIQUAN"));
        facts("2013-12")
                .jsonPath("$.adjustments[?(" + mine + ")].rule")
                .isEqualTo(java.util.List.of("PROVINCIAL_COMMENDATION", "PUBLIC_CRITICISM"));
    }

    @Test
    void aWithdrawnFactStaysOnRecordWithItsReasonAndCountsNowhere() {
        String id = recorded("adjustments", "{\"unit\":\"SHIQUAN\",\"rule\":\"INNOVATION\",\"points\":0.5,"
                + "\"date\":\"2013-03-01\",\"reason\":\"改革创新\"}");
        withdraw("office", "adjustments", id, "{\"reason\":\"x\",\"version\":7}").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.version").isEqualTo(0);
        withdraw("office", "adjustments", id, "{\"reason\":\"文件已撤回\",\"version\":0}").expectStatus().isOk();
        withdraw("office", "adjustments", id, "{\"reason\":\"again\",\"version\":1}").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.status").isEqualTo("WITHDRAWN");

        as("office").get().uri(CYCLE + "/adjustments?status=WITHDRAWN&unit=SHIQUAN").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.id == '" + id + "')].withdrawalReason").isEqualTo(java.util.List.of("文件已撤回"));
        as("office").get().uri(CYCLE + "/adjustments/" + id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");
        facts(null).jsonPath("$.adjustments[?(@.rule == 'INNOVATION')]").doesNotExist();
    }

    @Test
    void unitUsersReadOnlyTheirOwnUnitsFactsAndWriteNone() {
        String shiquan = recorded("vetoes", "{\"unit\":\"SHIQUAN\",\"rule\":\"ENVIRONMENT\",\"date\":\"2013-04-01\","
                + "\"description\":\"环保督察问题\"}");
        String hanyin = recorded("vetoes", "{\"unit\":\"HANYIN\",\"rule\":\"ENVIRONMENT\",\"date\":\"2013-04-02\","
                + "\"description\":\"环保督察问题\"}");

        as("reporter").get().uri(CYCLE + "/vetoes").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.unit != 'HANYIN')]").doesNotExist()
                .jsonPath("$.items[?(@.id == '" + hanyin + "')]").exists();
        as("leader").get().uri(CYCLE + "/vetoes?unit=SHIQUAN").exchange().expectStatus().isForbidden();
        as("reporter").get().uri(CYCLE + "/vetoes/" + shiquan).exchange().expectStatus().isNotFound();
        as("reporter2").get().uri(CYCLE + "/vetoes/" + shiquan).exchange().expectStatus().isOk();
        record("reporter", "vetoes", "{\"unit\":\"HANYIN\",\"rule\":\"X\",\"date\":\"2013-04-02\",\"description\":\"d\"}")
                .expectStatus().isForbidden();
        withdraw("reporter2", "vetoes", shiquan, "{\"reason\":\"不认可\",\"version\":0}").expectStatus().isForbidden();
        as("office").get().uri(CYCLE + "/vetoes/" + shiquan).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
    }

    @Test
    void badFactsNameTheFieldAndWriteNothing() {
        record("office", "adjustments", "{\"unit\":\"NOWHERE\",\"rule\":\"本地 规则\",\"points\":-1,"
                + "\"date\":\"2012-12-31\"}").expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.unit')].code").isEqualTo("unknown-unit")
                .jsonPath("$.errors[?(@.path == '$.rule')].code").isEqualTo("invalid-code")
                .jsonPath("$.errors[?(@.path == '$.points')].code").isEqualTo("must-not-be-negative")
                .jsonPath("$.errors[?(@.path == '$.date')].code").isEqualTo("outside-cycle")
                .jsonPath("$.errors[?(@.path == '$.reason')].code").isEqualTo("required");
        record("office", "adjustments", "{\"unit\":\"HANYIN\",\"rule\":\"BAD_POINTS\",\"points\":\"two\","
                + "\"date\":\"2013-02-01\",\"reason\":\"r\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.points");
        record("office", "vetoes", "{\"unit\":\"HANYIN\",\"rule\":\"BAD_DATE\",\"date\":\"2013-13-01\","
                + "\"description\":\"d\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.date");
        record("office", "levels", "{\"unit\":\"HANYIN\",\"indicator\":\"PARTY_BUILDING\",\"level\":\"A\","
                + "\"date\":\"2013-02-01\"}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[?(@.path == '$.indicator')].code").isEqualTo("unknown-indicator");
        record("office", "levels", "{\"unit\":\"HANYIN\",\"indicator\":\"NOPE\",\"level\":\"A+ \",\"date\":\"2013-02-01\"}")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.indicator')].code").isEqualTo("unknown-indicator")
                .jsonPath("$.errors[?(@.path == '$.level')].code").isEqualTo("invalid-code");
        record("office", "vetoes", "{\"unit\":\"HANYIN\",\"rule\":\"R\",\"date\":\"2013-02-01\",\"description\":\"d\","
                + "\"points\":3}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-field");
        as("office").post().uri("/api/indicators/v1/cycles/1777/vetoes").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"HANYIN\",\"rule\":\"R\",\"date\":\"1777-02-01\",\"description\":\"d\"}").exchange()
                .expectStatus().isNotFound();

        as("office").get().uri(CYCLE + "/adjustments?unit=HANYIN").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.rule == 'BAD_POINTS')]").doesNotExist();
        as("office").get().uri(CYCLE + "/vetoes?unit=HANYIN").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.rule == 'BAD_DATE' || @.rule == 'R')]").doesNotExist();
        as("office").get().uri(CYCLE + "/levels?unit=HANYIN").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.indicator == 'PARTY_BUILDING')]").doesNotExist();
    }

    @Test
    void anyWellFormedRuleCodeIsAcceptedForTheRulebookToJudge() {
        record("office", "adjustments", "{\"unit\":\"HANYIN\",\"rule\":\"NOT_IN_ANY_RULEBOOK_YET\",\"points\":0,"
                + "\"date\":\"2013-09-09\",\"reason\":\"试点\"}").expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.kind").isEqualTo("ADJUSTMENT")
                .jsonPath("$.points").isEqualTo(0)
                .jsonPath("$.indicator").doesNotExist()
                .jsonPath("$.active").doesNotExist();
    }

    @Test
    void aSecondActiveLevelOnTheSameDayIsAConflict() {
        recorded("levels", "{\"unit\":\"SHIQUAN\",\"indicator\":\"STABILITY\",\"level\":\"C\",\"date\":\"2013-12-31\"}");
        record("office", "levels", "{\"unit\":\"SHIQUAN\",\"indicator\":\"STABILITY\",\"level\":\"B\","
                + "\"date\":\"2013-12-31\"}").expectStatus().isEqualTo(409);
    }
}
