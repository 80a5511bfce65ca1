package cn.kaohe.indicators.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.TestKeycloak;
import cn.kaohe.indicators.IndicatorApiTest;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tree shows the points of the scoring service's latest rulebook, read over real HTTP from a
 * server this test runs: the caller's token travels along, failures are retried, slow or failing
 * answers leave the tree answering with points null and the reason, and the breaker stops asking.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulebookPointsApiTest extends IndicatorApiTest {

    private static final FakeScoringService SCORING = new FakeScoringService();
    private static final String TREE = "/api/indicators/v1/cycles/2037/indicators";
    private static final String RULEBOOK = "{\"cycle\":\"2037\",\"version\":3,\"reason\":\"修订\",\"createdBy\":\"office\","
            + "\"rulebook\":{\"cycle\":\"2037\",\"weights\":{\"default\":{\"target\":0.8,\"social\":0.2}},"
            + "\"indicators\":[{\"code\":\"GDP\",\"points\":10,\"method\":{\"type\":\"COMPLETION_RATIO\",\"cap\":1.2}},"
            + "{\"code\":\"ACC\",\"points\":4.5,\"direction\":\"LOWER_BETTER\",\"method\":{\"type\":\"THRESHOLD\"},"
            + "\"newField\":true}]}}";
    private static boolean prepared;

    @DynamicPropertySource
    static void scoringService(DynamicPropertyRegistry registry) {
        registry.add("kaohe.services.scoring", SCORING::baseUrl);
        registry.add("kaohe.upstream.response-timeout", () -> "800ms");
        registry.add("kaohe.upstream.breaker-open-for", () -> "60s");
    }

    @BeforeEach
    void aTree() {
        if (!prepared) {
            given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2037\",\"name\":\"2037年度\",\"year\":2037}");
            given("POST", TREE, "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
            given("POST", TREE, "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"地区生产总值\"}");
            given("POST", TREE, "{\"code\":\"ACC\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"事故\","
                    + "\"direction\":\"LOWER_BETTER\"}");
            given("POST", TREE, "{\"code\":\"NEW\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"新指标\"}");
            prepared = true;
        }
        SCORING.clear();
    }

    @Test
    @Order(1)
    void theTreeShowsTheLatestRulebooksPointsReadWithTheCallersToken() {
        SCORING.answer(200, RULEBOOK);

        as("reporter").get().uri(TREE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.code == 'GDP')].points").isEqualTo(10)
                .jsonPath("$[?(@.code == 'GDP')].methodType").isEqualTo("COMPLETION_RATIO")
                .jsonPath("$[?(@.code == 'GDP')].scoringDirection").isEqualTo("HIGHER_BETTER")
                .jsonPath("$[?(@.code == 'GDP')].pointsSource").isEqualTo("RULEBOOK")
                .jsonPath("$[?(@.code == 'GDP')].rulebookVersion").isEqualTo(3)
                .jsonPath("$[?(@.code == 'ACC')].points").isEqualTo(4.5)
                .jsonPath("$[?(@.code == 'ACC')].scoringDirection").isEqualTo("LOWER_BETTER")
                .jsonPath("$[?(@.code == 'ECON')].points").isEqualTo(14.5)
                .jsonPath("$[?(@.code == 'ECON')].pointsSource").isEqualTo("SUM_OF_CHILDREN")
                .jsonPath("$[?(@.code == 'NEW')].pointsSource").isEqualTo("NOT_IN_RULEBOOK")
                .jsonPath("$[3].code").isEqualTo("NEW")
                .jsonPath("$[3].points").value(Matchers.nullValue());

        assertThat(SCORING.paths()).containsExactly("/api/scoring/v1/cycles/2037/rulebooks/latest");
        assertThat(SCORING.authorizations()).containsExactly("Bearer " + TestKeycloak.get().userToken("reporter"));
    }

    @Test
    @Order(2)
    void oneNodeShowsItsPointsToo() {
        SCORING.answer(200, RULEBOOK);

        asIntegrator().get().uri(TREE + "/ACC").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.points").isEqualTo(4.5).jsonPath("$.methodType").isEqualTo("THRESHOLD")
                .jsonPath("$.direction").isEqualTo("LOWER_BETTER");
        assertThat(SCORING.authorizations()).containsExactly("Bearer " + TestKeycloak.get().integratorToken());
    }

    @Test
    @Order(3)
    void withoutARulebookTheTreeSaysSo() {
        SCORING.answer(404, "{\"type\":\"urn:kaohe:problem:not-found\"}");

        as("office").get().uri(TREE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(4)
                .jsonPath("$[2].code").isEqualTo("GDP")
                .jsonPath("$[2].points").value(Matchers.nullValue())
                .jsonPath("$[?(@.code == 'GDP')].pointsSource").isEqualTo("NO_RULEBOOK");
        assertThat(SCORING.requests()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aFailingAnswerIsRetriedTwiceThenTheTreeAnswersWithoutPoints() {
        SCORING.answer(503, "{}");

        as("office").get().uri(TREE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.code == 'GDP')].name").isEqualTo("地区生产总值")
                .jsonPath("$[2].code").isEqualTo("GDP")
                .jsonPath("$[2].points").value(Matchers.nullValue())
                .jsonPath("$[?(@.code == 'GDP')].pointsSource").isEqualTo("SCORING_UNAVAILABLE");
        assertThat(SCORING.requests()).isEqualTo(3);
    }

    @Test
    @Order(5)
    void aSlowScoringServiceIsCutOffByTheResponseTimeout() {
        SCORING.answerSlowly(5_000, RULEBOOK);
        long started = System.nanoTime();

        as("office").get().uri(TREE).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.code == 'GDP')].pointsSource").isEqualTo("SCORING_UNAVAILABLE");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4_500));
    }

    @Test
    @Order(6)
    void afterRepeatedFailuresTheBreakerStopsAskingAndTheTreeStillAnswers() {
        SCORING.answer(500, "{}");
        for (int call = 0; call < 6; call++) {
            as("office").get().uri(TREE).exchange().expectStatus().isOk();
        }
        int asked = SCORING.requests();
        SCORING.answer(200, RULEBOOK);

        as("office").get().uri(TREE).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.code == 'GDP')].pointsSource").isEqualTo("SCORING_UNAVAILABLE");

        assertThat(SCORING.requests()).isEqualTo(asked);
        assertThat(asked).isLessThan(6 * 3);
    }
}
