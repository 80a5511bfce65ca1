package cn.kaohe.indicators.schedule;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** 预警阈值 per cycle: defaults until the office changes them, then the schedule and the rounds follow. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThresholdsApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2015";
    private static final String THRESHOLDS = CYCLE + "/thresholds";
    private static boolean prepared;

    @BeforeEach
    void cycleWithALaggardAndAControlLine() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2015\",\"name\":\"2015年度\",\"year\":2015}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"GDP\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ACC\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"安全生产事故起数\",\"direction\":\"LOWER_BETTER\"}");
        given("PUT", CYCLE + "/units/HANYIN/targets/GDP", "{\"target\":100}");
        given("PUT", CYCLE + "/units/HANYIN/targets/ACC", "{\"target\":10}");
        approved("2015", "HANYIN", "GDP", "2015-06", "42");
        approved("2015", "HANYIN", "ACC", "2015-06", "8.5");
        prepared = true;
    }

    private WebTestClient.ResponseSpec put(String user, String body) {
        return as(user).put().uri(THRESHOLDS).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void colours(String gdp, String acc) {
        as("office").get().uri(CYCLE + "/schedule?period=2015-06").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.indicator == 'GDP')].colour").isEqualTo(gdp)
                .jsonPath("$[?(@.indicator == 'ACC')].colour").isEqualTo(acc);
    }

    @Test
    @Order(1)
    void aCycleUsesTheDefaultsUntilTheOfficeChangesThem() {
        as("reporter").get().uri(THRESHOLDS).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.redBelowGap").isEqualTo(-10)
                .jsonPath("$.controlYellowShare").isEqualTo(0.8)
                .jsonPath("$.version").isEqualTo(0);
        colours("YELLOW", "YELLOW");
    }

    @Test
    @Order(2)
    void theScheduleAndTheWarningRoundsFollowTheCyclesThresholds() {
        put("office", "{\"redBelowGap\":-5,\"controlYellowShare\":0.9,\"version\":0}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.redBelowGap").isEqualTo(-5)
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.updatedBy").isEqualTo("office");

        colours("RED", "GREEN");
        as("office").post().uri(CYCLE + "/warnings/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"period\":\"2015-06\"}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.issued.length()").isEqualTo(1)
                .jsonPath("$.issued[0].indicator").isEqualTo("GDP")
                .jsonPath("$.issued[0].colour").isEqualTo("RED");
        auditOf("THRESHOLDS", "2015")
                .jsonPath("$.items[0].action").isEqualTo("CHANGED")
                .jsonPath("$.items[0].before.redBelowGap").isEqualTo(-10)
                .jsonPath("$.items[0].after.redBelowGap").isEqualTo(-5);
    }

    @Test
    @Order(3)
    void aStaleVersionIsAConflictWithTheCurrentThresholds() {
        put("office", "{\"redBelowGap\":-12,\"controlYellowShare\":0.8,\"version\":0}")
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.current.version").isEqualTo(1)
                .jsonPath("$.current.redBelowGap").isEqualTo(-5);
        put("office", "{\"redBelowGap\":-12,\"controlYellowShare\":0.8,\"version\":1}")
                .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(2);
    }

    @Test
    @Order(4)
    void badThresholdsNameTheFieldAndChangeNothing() {
        put("office", "{\"redBelowGap\":5,\"controlYellowShare\":0,\"version\":2}")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.redBelowGap')].code").isEqualTo("out-of-range")
                .jsonPath("$.errors[?(@.path == '$.controlYellowShare')].code").isEqualTo("out-of-range");
        put("office", "{\"redBelowGap\":-10,\"controlYellowShare\":1.5}")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.controlYellowShare')].code").isEqualTo("out-of-range")
                .jsonPath("$.errors[?(@.path == '$.version')].code").isEqualTo("required");
        put("office", "{\"redBelowGap\":\"very\",\"controlYellowShare\":0.8,\"version\":2}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].path").isEqualTo("$.redBelowGap");

        as("office").get().uri(THRESHOLDS).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.redBelowGap").isEqualTo(-12).jsonPath("$.version").isEqualTo(2);
    }

    @Test
    @Order(5)
    void onlyTheOfficeChangesThresholdsAndAnUnknownCycleHasNone() {
        put("reporter", "{\"redBelowGap\":-1,\"controlYellowShare\":0.5,\"version\":2}").expectStatus().isForbidden();
        put("stats", "{\"redBelowGap\":-1,\"controlYellowShare\":0.5,\"version\":2}").expectStatus().isForbidden();
        as("office").get().uri("/api/indicators/v1/cycles/1777/thresholds").exchange().expectStatus().isNotFound();
        as("office").put().uri("/api/indicators/v1/cycles/1777/thresholds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"redBelowGap\":-1,\"controlYellowShare\":0.5,\"version\":0}").exchange()
                .expectStatus().isNotFound();
        as("office").get().uri(THRESHOLDS).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.redBelowGap").isEqualTo(-12);
    }
}
