package cn.kaohe.indicators.warnings;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A yellow that turns red is the same warning, now red; when it recovers it closes as a recovered red. */
class WarningEscalationApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2019";

    @Test
    void aYellowWarningThatTurnsRedIsEscalatedAndClosesAsRecovered() {
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2019\",\"name\":\"2019年度\",\"year\":2019}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"FAI\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"固定资产投资\"}");
        given("PUT", CYCLE + "/units/HANYIN/targets/FAI", "{\"target\":100}");

        approved("2019", "HANYIN", "FAI", "2019-03", "20");
        round("2019-03").expectBody().jsonPath("$.issued[0].colour").isEqualTo("YELLOW");

        approved("2019", "HANYIN", "FAI", "2019-06", "30");
        round("2019-06").expectBody()
                .jsonPath("$.issued.length()").isEqualTo(0)
                .jsonPath("$.escalated.length()").isEqualTo(1)
                .jsonPath("$.escalated[0].colour").isEqualTo("RED")
                .jsonPath("$.escalated[0].gap").isEqualTo(-20.0)
                .jsonPath("$.escalated[0].escalatedPeriod").isEqualTo("2019-06")
                .jsonPath("$.escalated[0].period").isEqualTo("2019-03");

        approved("2019", "HANYIN", "FAI", "2019-09", "80");
        round("2019-09").expectBody()
                .jsonPath("$.closed.length()").isEqualTo(1)
                .jsonPath("$.closed[0].recovered").isEqualTo(true);
    }

    private WebTestClient.ResponseSpec round(String period) {
        return as("office").post().uri(CYCLE + "/warnings/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"period\":\"" + period + "\"}").exchange().expectStatus().isOk();
    }
}
