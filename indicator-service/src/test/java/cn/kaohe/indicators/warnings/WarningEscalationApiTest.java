package cn.kaohe.indicators.warnings;

import static org.assertj.core.api.Assertions.assertThat;

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
        String issued = round("2019-03").expectBody(String.class).returnResult().getResponseBody();
        assertThat(issued).contains("\"colour\":\"YELLOW\"");

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
        auditOf("WARNING", idOf(issued.substring(issued.indexOf("\"issued\""))))
                .jsonPath("$.items[0].action").isEqualTo("CLOSED")
                .jsonPath("$.items[1].action").isEqualTo("ESCALATED")
                .jsonPath("$.items[1].before.colour").isEqualTo("YELLOW")
                .jsonPath("$.items[1].after.colour").isEqualTo("RED")
                .jsonPath("$.items[2].action").isEqualTo("ISSUED");
    }

    private WebTestClient.ResponseSpec round(String period) {
        return as("office").post().uri(CYCLE + "/warnings/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"period\":\"" + period + "\"}").exchange().expectStatus().isOk();
    }
}
