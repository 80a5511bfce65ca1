package cn.kaohe.scoring.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import static cn.kaohe.scoring.ContractExamples.text;
import cn.kaohe.scoring.engine.fixtures.JsonComparison;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SimulationApiTest extends ServiceIntegrationTest {

    private static final String PATH = "/api/scoring/v1/simulations";
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void workedExampleIsReproducedToTheCentThroughHttp() {
        String body = asIntegrator().post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(text("worked-example.scenario.json"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode expected = PLAIN.readTree(text("worked-example.result.json"));
        assertThat(JsonComparison.differences(expected, PLAIN.readTree(body))).isEmpty();
    }

    @Test
    void analystAndOfficeMaySimulate() {
        for (String user : new String[] {"analyst", "office"}) {
            as(user).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(text("worked-example.scenario.json"))
                    .exchange().expectStatus().isOk();
        }
    }

    @Test
    void unitReporterMayNotSimulate() {
        as("reporter").post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(text("worked-example.scenario.json"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void inconsistentScenarioNamesEveryOffendingPath() {
        String scenario = text("worked-example.scenario.json")
                .replaceFirst("\"target\": 0.8", "\"target\": 0.7")
                .replaceFirst("\"unit\": \"A\"", "\"unit\": \"NOBODY\"");
        as("analyst").post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(scenario).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.rulebook.weights.default')]").exists()
                .jsonPath("$.errors[?(@.code == 'unknown-unit')]").exists();
    }

    @Test
    void unknownFieldIsRejectedWithItsPath() {
        String scenario = text("worked-example.scenario.json")
                .replaceFirst("\"rulebook\": \\{", "\"rulebook\": {\"tieBreakerz\": [],");
        as("analyst").post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(scenario).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].path").isEqualTo("$.rulebook.tieBreakerz")
                .jsonPath("$.errors[0].code").isEqualTo("unknown-field");
    }

    @Test
    void wrongTypeIsBadRequestNamingTheField() {
        String scenario = text("worked-example.scenario.json").replaceFirst("\"points\": 10", "\"points\": \"ten\"");
        as("analyst").post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(scenario).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.rulebook.indicators[0].points");
    }

    @Test
    void emptyBodyIsRequired() {
        as("analyst").post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$");
    }
}
