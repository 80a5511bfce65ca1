package cn.kaohe.scoring.forecast;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.scoring.ContractExamples;
import cn.kaohe.scoring.results.ExampleUpstream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/** The forecast from the worked example's facts taken as of June (half the year). */
@Import(ExampleUpstream.class)
class ForecastApiTest extends ServiceIntegrationTest {

    private static final String CYCLE = "/api/scoring/v1/cycles/2021";
    private static boolean stored;

    @BeforeEach
    void rulebook() {
        if (stored) {
            return;
        }
        as("office").post().uri(CYCLE + "/rulebooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ContractExamples.firstRulebookVersion("2021")).exchange().expectStatus().isCreated();
        stored = true;
    }

    @Test
    void projectionAtHalfYearDoublesActualsAndNamesTheBestEfforts() {
        as("analyst").get().uri(CYCLE + "/forecast?asOf=2021-06&distance=100").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.timeProgress").isEqualTo(0.5)
                .jsonPath("$.units.length()").isEqualTo(4)
                .jsonPath("$.units[?(@.unit == 'HANYIN')].currentFinal").isEqualTo(101.34)
                .jsonPath("$.units[?(@.unit == 'HANYIN')].projectedFinal").exists()
                .jsonPath("$.units[?(@.unit == 'HANYIN')].rankRisk.above").exists();
    }

    @Test
    void unitReporterSeesOnlyItsOwnForecast() {
        as("reporter").get().uri(CYCLE + "/forecast?asOf=2021-06").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.units.length()").isEqualTo(1)
                .jsonPath("$.units[0].unit").isEqualTo("HANYIN");
    }

    @Test
    void integratorsDoNotGetForecasts() {
        asIntegrator().get().uri(CYCLE + "/forecast?asOf=2021-06").exchange().expectStatus().isForbidden();
    }

    @Test
    void periodIsRequiredAndChecked() {
        as("analyst").get().uri(CYCLE + "/forecast?asOf=2021-13&top=0").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.asOf')]").exists()
                .jsonPath("$.errors[?(@.path == '$.top')]").exists();
    }
}
