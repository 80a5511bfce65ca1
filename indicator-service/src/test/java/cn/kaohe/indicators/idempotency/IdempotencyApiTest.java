package cn.kaohe.indicators.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Idempotency-Key on the indicator service's creating POSTs: a repeat answers the first write and writes nothing. */
class IdempotencyApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2016";
    private static boolean prepared;

    @BeforeEach
    void cycleWithATarget() {
        if (prepared) {
            return;
        }
        demoCounty("2016");
        given("PUT", CYCLE + "/units/HANYIN/targets/GDP", "{\"target\":100}");
        prepared = true;
    }

    private WebTestClient.ResponseSpec post(String user, String path, String key, String body) {
        return as(user).post().uri(path).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    /**
     * Sends {@code body} twice under one key (the second answers the first, replayed) and then {@code other} under
     * the same key (422); the first answer's body.
     */
    private String onceOnly(String user, String path, String key, String body, String other) {
        String first = post(user, path, key, body).expectStatus().is2xxSuccessful()
                .expectHeader().doesNotExist("Idempotent-Replayed")
                .expectBody(String.class).returnResult().getResponseBody();
        String again = post(user, path, key, body).expectStatus().is2xxSuccessful()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(idOrCode(again)).isEqualTo(idOrCode(first));
        post(user, path, key, other).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].path").isEqualTo("header:Idempotency-Key")
                .jsonPath("$.errors[0].code").isEqualTo("key-reused");
        return first;
    }

    private static String idOrCode(String body) {
        return body.contains("\"id\":\"") ? idOf(body) : body.replaceAll("(?s).*?\"code\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void cyclesUnitsCategoriesAndIndicatorsAreCreatedOncePerKey() {
        onceOnly("office", "/api/indicators/v1/cycles", "cycle-2017",
                "{\"code\":\"2017\",\"name\":\"2017年度\",\"year\":2017}", "{\"code\":\"2017\",\"name\":\"改\",\"year\":2017}");
        auditOf("CYCLE", "2017").jsonPath("$.total").isEqualTo(1);
        onceOnly("office", "/api/indicators/v1/units", "unit-idem", "{\"code\":\"IDEM-TOWN\",\"name\":\"幂等镇\","
                + "\"kind\":\"TOWN\"}", "{\"code\":\"IDEM-TOWN\",\"name\":\"别的\",\"kind\":\"TOWN\"}");
        auditOf("UNIT", "IDEM-TOWN").jsonPath("$.total").isEqualTo(1);
        onceOnly("office", CYCLE + "/categories", "category-eco", "{\"code\":\"ECO\",\"name\":\"生态发展区\"}",
                "{\"code\":\"URBAN\",\"name\":\"城区\"}");
        as("office").get().uri(CYCLE + "/categories").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        onceOnly("office", CYCLE + "/indicators", "indicator-fai", "{\"code\":\"FAI\",\"level\":\"INDICATOR\","
                + "\"parent\":\"ECON\",\"name\":\"固定资产投资\"}", "{\"code\":\"FAI\",\"level\":\"INDICATOR\","
                + "\"parent\":\"ECON\",\"name\":\"投资\"}");
        auditOf("INDICATOR", "2016/FAI").jsonPath("$.total").isEqualTo(1);
        onceOnly("office", "/api/indicators/v1/cycles/2017/indicators/copy", "copy-2016", "{\"fromCycle\":\"2016\"}",
                "{\"fromCycle\":\"2015\"}");
        auditOf("INDICATOR", "2017/GDP").jsonPath("$.total").isEqualTo(1);
    }

    @Test
    void aReportAndItsCorrectionAreWrittenOncePerKey() {
        String report = idOf(onceOnly("reporter", CYCLE + "/progress-reports", "report-2016-03",
                "{\"unit\":\"HANYIN\",\"indicator\":\"GDP\",\"period\":\"2016-03\",\"actual\":20}",
                "{\"unit\":\"HANYIN\",\"indicator\":\"GDP\",\"period\":\"2016-03\",\"actual\":21}"));
        as("office").get().uri(CYCLE + "/progress-reports?period=2016-03").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].actual").isEqualTo(20);
        String path = CYCLE + "/progress-reports/" + report;
        post("reporter", path + "/submission", "s", "{\"version\":0}");
        for (int version = 1; version <= 2; version++) {
            as("office").post().uri(path + (version == 1 ? "/verification" : "/approval"))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"version\":" + version + "}").exchange()
                    .expectStatus().isOk();
        }
        onceOnly("office", path + "/corrections", "correct-2016-03", "{\"actual\":25,\"reason\":\"核实\",\"version\":3}",
                "{\"actual\":26,\"reason\":\"核实\",\"version\":3}");
        as("office").get().uri(path + "/corrections").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        as("office").get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$.actual").isEqualTo(25);
    }

    @Test
    void factRecordsAreRecordedOncePerKey() {
        onceOnly("office", CYCLE + "/levels", "level-1", "{\"unit\":\"HANYIN\",\"indicator\":\"GDP\",\"level\":\"A\","
                + "\"date\":\"2016-12-01\"}", "{\"unit\":\"HANYIN\",\"indicator\":\"GDP\",\"level\":\"B\","
                + "\"date\":\"2016-12-01\"}");
        onceOnly("office", CYCLE + "/adjustments", "adjustment-1", "{\"unit\":\"HANYIN\",\"rule\":\"COMMENDATION\","
                + "\"points\":1,\"date\":\"2016-05-01\",\"reason\":\"表彰\"}", "{\"unit\":\"HANYIN\","
                + "\"rule\":\"COMMENDATION\",\"points\":2,\"date\":\"2016-05-01\",\"reason\":\"表彰\"}");
        onceOnly("office", CYCLE + "/vetoes", "veto-1", "{\"unit\":\"HANYIN\",\"rule\":\"SAFETY\","
                + "\"date\":\"2016-05-01\",\"description\":\"事故\"}", "{\"unit\":\"HANYIN\",\"rule\":\"SAFETY\","
                + "\"date\":\"2016-05-02\",\"description\":\"事故\"}");
        for (String kinds : new String[] {"levels", "adjustments", "vetoes"}) {
            as("office").get().uri(CYCLE + "/" + kinds).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1);
        }
    }

    @Test
    void aWarningRoundAndASignatureAnswerTheFirstResultWhenRepeatedWithTheirKey() {
        given("PUT", CYCLE + "/units/TJJ/targets/GDP", "{\"target\":100}");
        approved("2016", "TJJ", "GDP", "2016-06", "10");
        String first = onceOnly("office", CYCLE + "/warnings/rounds", "round-2016-06", "{\"period\":\"2016-06\"}",
                "{\"period\":\"2016-07\"}");
        assertThat(first).contains("\"unit\":\"TJJ\"");
        as("office").get().uri(CYCLE + "/warnings").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.unit == 'TJJ')].id").value(ids -> assertThat((java.util.List<?>) ids).hasSize(1));

        String signed = post("office", CYCLE + "/units/TJJ/letter/signature", "sign-tjj", "{}")
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        post("office", CYCLE + "/units/TJJ/letter/signature", "sign-tjj", "{}")
                .expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).isEqualTo(signed);
        post("office", CYCLE + "/units/TJJ/letter/signature", "sign-tjj-again", "{}").expectStatus().isEqualTo(409);
    }

    @Test
    void aMalformedKeyIsRefusedAndNothingIsWritten() {
        post("office", "/api/indicators/v1/units", "has spaces", "{\"code\":\"IDEM-BAD\",\"name\":\"x\",\"kind\":\"TOWN\"}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("invalid-idempotency-key");
        as("office").get().uri("/api/indicators/v1/units/IDEM-BAD").exchange().expectStatus().isNotFound();
    }
}
