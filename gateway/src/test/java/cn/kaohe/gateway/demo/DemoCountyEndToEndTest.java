package cn.kaohe.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.defaults.test.TestKeycloak;
import cn.kaohe.defaults.test.TestServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform as `./platform up` runs it: the three services as separate processes from
 * their jars behind this gateway, real Keycloak and PostgreSQL, and the demo data loaded by the
 * very script the local run uses (seeds/load) through the gateway. What the office
 * then sees is what the seeds promise: the laggards are red and yellow, a recovered red shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoCountyEndToEndTest extends ServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static TestServiceProcess indicators;
    private static TestServiceProcess evaluations;
    private static TestServiceProcess scoring;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        startServices();
        registry.add("kaohe.services.indicators", indicators::baseUrl);
        registry.add("kaohe.services.evaluations", evaluations::baseUrl);
        registry.add("kaohe.services.scoring", scoring::baseUrl);
        // Every demo respondent comes from this one loopback address (as in ./platform up).
        registry.add("kaohe.gateway.public-rate.burst", () -> 500);
        registry.add("kaohe.gateway.public-rate.per-second", () -> 50);
    }

    private static synchronized void startServices() {
        if (indicators == null) {
            // Each of indicators and scoring reads the other (facts; the rulebook's points), so scoring's port is chosen first.
            int scoringPort = TestServiceProcess.freePort();
            indicators = TestServiceProcess.start("indicator-service",
                    "--kaohe.services.scoring=http://localhost:" + scoringPort);
            evaluations = TestServiceProcess.start("evaluation-service");
            scoring = TestServiceProcess.startOn("scoring-service", scoringPort,
                    "--kaohe.services.indicators=" + indicators.baseUrl(),
                    "--kaohe.services.evaluations=" + evaluations.baseUrl());
        }
    }

    @BeforeAll
    void loadTheDemoCountyThroughTheGateway() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("kaohe.project.root", ".."));
        Path log = Files.createTempFile("demo-county-", ".log");
        ProcessBuilder seeds = new ProcessBuilder(root.resolve("seeds/load").toString());
        seeds.environment().put("KAOHE_GATEWAY", "http://localhost:" + port);
        seeds.environment().put("KAOHE_ISSUER", TestKeycloak.get().issuerUri());
        seeds.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process loader = seeds.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = loader.waitFor(8, TimeUnit.MINUTES);
        String output = Files.readString(log);
        assertThat(finished).as("the demo loader finishes; output: %s", output).isTrue();
        assertThat(loader.exitValue()).as("the demo loader succeeds; output: %s", output).isZero();
    }

    @Test
    @Order(1)
    void theLaggardsOfTheDemoCountyShowRedOnTheTimeSchedule() {
        Map<String, String> colours = colours(as("office"), "2024-10");

        assertThat(colours).containsEntry("ZHENPING/GDP", "RED").containsEntry("ZHENPING/FISCAL", "RED")
                .containsEntry("HENGKOU/RETAIL", "RED").containsEntry("BAIHE/SAFETY_PROD", "RED")
                .containsEntry("BAIHE/FAI", "YELLOW").containsEntry("HANBIN/PETITION", "YELLOW")
                .containsEntry("XUNYANG/KEY_PROJECTS", "GREEN").containsEntry("HANYIN/GDP", "GREEN");
        assertThat(colours).hasSize(12 * 13);
    }

    @Test
    @Order(2)
    void aRedThatRecoveredIsClosedAsRecoveredAndTheOpenOnesAreAddressedToTheLaggard() {
        List<Map<String, Object>> warnings = read(as("office").get()
                .uri("/api/indicators/v1/cycles/2024/warnings").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(warnings).anySatisfy(warning -> {
            assertThat(warning).containsEntry("unit", "XUNYANG").containsEntry("indicator", "KEY_PROJECTS")
                    .containsEntry("status", "CLOSED").containsEntry("recovered", true);
        });
        assertThat(warnings).anySatisfy(warning -> {
            assertThat(warning).containsEntry("unit", "ZHENPING").containsEntry("indicator", "GDP")
                    .containsEntry("status", "ISSUED");
            assertThat(warning.get("recipients")).isEqualTo(List.of("ZHENPING"));
        });
    }

    @Test
    @Order(3)
    void aUnitReporterSeesOnlyItsOwnLinesOfTheDemoSchedule() {
        Map<String, String> colours = colours(as("reporter"), "2024-10");

        assertThat(colours).hasSize(13).allSatisfy((line, colour) -> assertThat(line).startsWith("HANYIN/"));
    }

    @Test
    @Order(4)
    void theFactsForScoringCarryEveryDemoUnitAndTheirApprovedValues() {
        Map<String, Object> facts = JSON.readValue(as("analyst").get()
                .uri("/api/indicators/v1/cycles/2024/facts?asOf=2024-10").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody(),
                new TypeReference<Map<String, Object>>() { });

        assertThat((List<?>) facts.get("units")).hasSize(12);
        assertThat((List<?>) facts.get("assignments")).as("13 measured and 2 graded indicators a unit")
                .hasSize(12 * 15);
        assertThat((List<?>) facts.get("levels")).hasSize(12 * 2);
        assertThat((List<?>) facts.get("values")).hasSize(12 * 13);
        assertThat((List<?>) facts.get("adjustments")).hasSize(2);
        assertThat((List<?>) facts.get("vetoes")).singleElement()
                .isEqualTo(Map.of("unit", "BAIHE", "rule", "PRODUCTION_SAFETY"));
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void theSocialScoresOfTheEvaluationServiceFeedTheScoringOfTheCycle() {
        Map<String, Object> survey = ((List<Map<String, Object>>) readMap(as("office").get()
                .uri("/api/evaluations/v1/surveys?cycle=2024").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).get("items")).get(0);
        assertThat(survey).containsEntry("status", "OPEN").containsEntry("hasResponses", true);
        String responses = "/api/evaluations/v1/surveys/" + survey.get("id") + "/responses?size=1";
        assertThat(readMap(as("office").get().uri(responses).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()))
                .as("10 deputies, 5 departments, 5 citizens × 12 units; 6 service users × 11 and 3 for 高新区")
                .containsEntry("total", 309);
        List<Map<String, Object>> social = (List<Map<String, Object>>) readMap(as("analyst").get()
                .uri("/api/evaluations/v1/cycles/2024/social-scores").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).get("socialScores");
        assertThat(social).as("every demo unit has a social score").hasSize(12)
                .allSatisfy(entry -> assertThat(entry.get("score")).isNotNull());
        Map<String, Object> gaoxin = readMap(as("office").get().uri("/api/evaluations/v1/surveys/" + survey.get("id")
                + "/scores/GAOXIN").exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat((List<Object>) gaoxin.get("flags")).as("three service users are below that group's minimum of five")
                .contains("GROUP_BELOW_MINIMUM");

        Map<String, Object> result = readMap(as("office").post().uri("/api/scoring/v1/cycles/2024/results")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"asOf\": \"2024-10\", \"reason\": \"社会评价接入\"}")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
        List<Map<String, Object>> table = (List<Map<String, Object>>) readMap(as("office").get()
                .uri("/api/scoring/v1/cycles/2024/results/" + result.get("version") + "/units?size=100").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).get("items");
        Map<String, Object> scored = new java.util.HashMap<>();
        social.forEach(entry -> scored.put((String) entry.get("unit"), entry.get("score")));
        assertThat(table).hasSize(12).allSatisfy(line -> {
            Object expected = scored.get(line.get("unit"));
            assertThat(line.get("socialMissing")).isEqualTo(expected == null);
            if (expected != null) {
                assertThat(new java.math.BigDecimal(line.get("socialScore").toString()))
                        .isEqualByComparingTo(expected.toString());
            }
        });
        List<Map<String, Object>> zhenping = (List<Map<String, Object>>) readMap(as("office").get()
                .uri("/api/scoring/v1/cycles/2024/results/" + result.get("version") + "/units/ZHENPING").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).get("indicators");
        assertThat(zhenping).as("镇坪's party building graded C: 6 points × 0.7")
                .anySatisfy(line -> assertThat(line).containsEntry("indicator", "PARTY").containsEntry("earned", 4.2)
                        .containsEntry("missing", false));
    }

    private static Map<String, Object> readMap(String body) {
        return JSON.readValue(body, new TypeReference<Map<String, Object>>() { });
    }

    @Test
    @Order(6)
    void everyDemoUnitHasKeyProjectsAndTheOneDueButNotStartedIsWarned() {
        Map<String, Object> page = JSON.readValue(as("office").get()
                .uri("/api/indicators/v1/cycles/2024/projects?asOf=2024-10&size=100").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody(),
                new TypeReference<Map<String, Object>>() { });
        List<Map<String, Map<String, Object>>> lines = JSON.convertValue(page.get("items"),
                new TypeReference<List<Map<String, Map<String, Object>>>>() { });
        assertThat(lines).extracting(line -> line.get("project").get("unit")).contains("HANYIN", "SHIQUAN", "ZHENPING",
                "HENGKOU", "GAOXIN");
        assertThat(lines).filteredOn(line -> "DUE_NOT_STARTED".equals(line.get("standing").get("startStatus")))
                .extracting(line -> line.get("project").get("code")).containsExactly("ZP-EXPRESSWAY");
        assertThat(lines).filteredOn(line -> "HY-PARK".equals(line.get("project").get("code")))
                .singleElement().satisfies(line -> assertThat(line.get("standing").get("completedInvestment"))
                        .isEqualTo(9600));

        List<Map<String, Object>> warnings = read(as("leader").get()
                .uri("/api/indicators/v1/cycles/2024/project-warnings").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(warnings).isEmpty();
        List<Map<String, Object>> office = read(as("office").get()
                .uri("/api/indicators/v1/cycles/2024/project-warnings").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(office).filteredOn(warning -> !"CLOSED".equals(warning.get("status"))).singleElement()
                .satisfies(warning -> assertThat(warning)
                .containsEntry("project", "ZP-EXPRESSWAY").containsEntry("unit", "ZHENPING")
                .containsEntry("colour", "RED").containsEntry("status", "ISSUED"));
    }

    @Test
    @Order(7)
    void theIndicatorTreeShowsThePointsOfTheSeededRulebookFromTheRealScoringService() {
        List<Map<String, Object>> tree = read(as("reporter").get().uri("/api/indicators/v1/cycles/2024/indicators")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(tree).filteredOn(node -> "GDP".equals(node.get("code"))).singleElement().satisfies(node ->
                assertThat(node).containsEntry("points", 10).containsEntry("methodType", "COMPLETION_RATIO")
                        .containsEntry("pointsSource", "RULEBOOK").containsEntry("rulebookVersion", 1));
        assertThat(tree).filteredOn(node -> "ECON".equals(node.get("code"))).singleElement()
                .satisfies(node -> assertThat(node).containsEntry("pointsSource", "SUM_OF_CHILDREN"));
    }

    private Map<String, String> colours(org.springframework.test.web.reactive.server.WebTestClient client,
                                        String period) {
        String body = client.get().uri("/api/indicators/v1/cycles/2024/schedule?period=" + period).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        Map<String, String> colours = new java.util.TreeMap<>();
        for (Map<String, Object> line : read(body)) {
            colours.put(line.get("unit") + "/" + line.get("indicator"), String.valueOf(line.get("colour")));
        }
        return colours;
    }

    private static List<Map<String, Object>> read(String body) {
        return JSON.readValue(body, new TypeReference<List<Map<String, Object>>>() { });
    }
}
