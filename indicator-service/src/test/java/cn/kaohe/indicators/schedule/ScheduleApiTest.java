package cn.kaohe.indicators.schedule;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The time-schedule table from approved reports: the published October check and a control line. */
class ScheduleApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2021";
    private static boolean prepared;

    @BeforeEach
    void approvedProgress() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2021\",\"name\":\"2021年度\",\"year\":2021}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"GDP\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ACC\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"安全生产事故\",\"direction\":\"LOWER_BETTER\"}");
        given("PUT", CYCLE + "/units/HANYIN/targets/GDP", "{\"target\":647.4}");
        given("PUT", CYCLE + "/units/HANYIN/targets/ACC", "{\"target\":10}");
        given("PUT", CYCLE + "/units/SHIQUAN/targets/GDP", "{\"target\":100}");
        approved("2021", "HANYIN", "GDP", "2021-10", "629.0");
        approved("2021", "HANYIN", "ACC", "2021-10", "8");
        approved("2021", "SHIQUAN", "GDP", "2021-10", "60");
        prepared = true;
    }

    @Test
    void publishedOctoberCheckAndColoursComeOutOfApprovedReports() {
        as("analyst").get().uri(CYCLE + "/schedule?period=2021-10").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.unit == 'HANYIN' && @.indicator == 'GDP')].completion").isEqualTo(0.9716)
                .jsonPath("$[?(@.unit == 'HANYIN' && @.indicator == 'GDP')].timeProgress").isEqualTo(0.8333)
                .jsonPath("$[?(@.unit == 'HANYIN' && @.indicator == 'GDP')].gap").isEqualTo(13.82)
                .jsonPath("$[?(@.unit == 'HANYIN' && @.indicator == 'GDP')].colour").isEqualTo("GREEN")
                .jsonPath("$[?(@.unit == 'HANYIN' && @.indicator == 'ACC')].colour").isEqualTo("YELLOW")
                .jsonPath("$[?(@.unit == 'SHIQUAN')].colour").isEqualTo("RED");
    }

    @Test
    void beforeAnyApprovedReportThereIsNoColour() {
        as("analyst").get().uri(CYCLE + "/schedule?period=2021-09").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.unit == 'SHIQUAN')].actual").isEqualTo(java.util.Collections.singletonList(null));
    }

    @Test
    void unitReporterSeesOnlyItsOwnRows() {
        as("reporter2").get().uri(CYCLE + "/schedule?period=2021-10").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].unit").isEqualTo("SHIQUAN");
    }

    @Test
    void periodIsChecked() {
        as("analyst").get().uri(CYCLE + "/schedule?period=2021-00").exchange().expectStatus().isEqualTo(422);
    }
}
