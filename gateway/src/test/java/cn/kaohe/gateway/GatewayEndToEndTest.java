package cn.kaohe.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.defaults.test.TestServiceProcess;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of a real indicator service (its executable jar, as a separate process),
 * with tokens really issued by Keycloak. Scoring and evaluations point at a closed port, so
 * their routes show what callers get when a service is down.
 */
class GatewayEndToEndTest extends ServiceIntegrationTest {

    private static TestServiceProcess indicators;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("kaohe.services.indicators", () -> indicatorService().baseUrl());
        registry.add("kaohe.services.scoring", () -> "http://127.0.0.1:9");
        registry.add("kaohe.services.evaluations", () -> "http://127.0.0.1:9");
        registry.add("kaohe.gateway.public-rate.burst", () -> 3);
        registry.add("kaohe.gateway.public-rate.per-second", () -> 0.01);
    }

    private static synchronized TestServiceProcess indicatorService() {
        if (indicators == null) {
            indicators = TestServiceProcess.start("indicator-service");
        }
        return indicators;
    }

    @Test
    void integratorTokenFromKeycloakReachesTheServiceAndBack() {
        asIntegrator().get().uri("/api/indicators/v1/cycles").exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.items").isArray()
                .jsonPath("$.page").isEqualTo(0);
    }

    @Test
    void officeWritesThroughTheGatewayAndTheServiceSeesTheUser() {
        as("office").post().uri("/api/indicators/v1/cycles")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"2040\",\"name\":\"2040年度目标责任考核\",\"year\":2040}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.createdBy").isEqualTo("office");
        as("reporter").get().uri("/api/indicators/v1/cycles/2040").exchange()
                .expectStatus().isOk();
    }

    @Test
    void gatewayRefusesAnonymousApiCallsWithAProblem() {
        anonymous().get().uri("/api/indicators/v1/cycles").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:unauthenticated");
    }

    @Test
    void serviceRolesStillApplyBehindTheGateway() {
        as("reporter").post().uri("/api/indicators/v1/cycles")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"2041\",\"name\":\"x\",\"year\":2041}")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void requestIdChosenByTheCallerTravelsToTheServiceAndBack() {
        asIntegrator().get().uri("/api/indicators/v1/cycles").header("X-Request-Id", "e2e-rid-7").exchange()
                .expectHeader().valueEquals("X-Request-Id", "e2e-rid-7");
    }

    @Test
    void downServiceAnswersServiceUnavailableProblem() {
        asIntegrator().get().uri("/api/scoring/v1/anything").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kaohe:problem:dependency-unavailable")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("scoring"));
    }

    @Test
    void anonymousSurveyEndpointsAreRateLimitedPerAddress() {
        for (int i = 0; i < 3; i++) {
            anonymous().get().uri("/api/evaluations/v1/public/links/demo").exchange()
                    .expectStatus().isEqualTo(503);
        }
        anonymous().get().uri("/api/evaluations/v1/public/links/demo").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:too-many-requests");
    }

    @Test
    void serviceOpenApiDocumentIsServedThroughTheGateway() {
        anonymous().get().uri("/api/indicators/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").exists()
                .jsonPath("$.paths['/api/indicators/v1/cycles']").exists();
    }

    @Test
    void swaggerUiListsEveryService() {
        anonymous().get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(config -> assertThat(config)
                        .contains("/api/indicators/v3/api-docs")
                        .contains("/api/scoring/v3/api-docs")
                        .contains("/api/evaluations/v3/api-docs"));
        anonymous().get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void webOriginMayCallTheApi() {
        anonymous().options().uri("/api/indicators/v1/cycles")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Idempotency-Key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");
        anonymous().options().uri("/api/indicators/v1/cycles")
                .header(HttpHeaders.ORIGIN, "http://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void landingPageIsServed() {
        anonymous().get().uri("/").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains("考核 Kaohe"));
    }
}
