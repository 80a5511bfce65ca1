package cn.kaohe.indicators.units;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class UnitApiTest extends ServiceIntegrationTest {

    private static boolean created;

    @BeforeEach
    void demoUnits() {
        if (created) {
            return;
        }
        create("{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        create("{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        create("{\"code\":\"HANYIN-CHENGGUAN\",\"name\":\"城关镇\",\"kind\":\"TOWN\",\"parent\":\"HANYIN\"}");
        created = true;
    }

    /** Other test classes of this JVM may have created the demo county already (same database). */
    private void create(String body) {
        as("office").post().uri("/api/indicators/v1/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().value(status -> org.assertj.core.api.Assertions.assertThat(status).isIn(201, 409));
    }

    @Test
    void unitIsLinkedToItsKeycloakGroupByDefault() {
        as("office").get().uri("/api/indicators/v1/units/HANYIN-CHENGGUAN").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.parent").isEqualTo("HANYIN")
                .jsonPath("$.keycloakGroup").isEqualTo("/units/HANYIN-CHENGGUAN")
                .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void unitReporterSeesOnlyItsOwnUnitInTheList() {
        as("reporter").get().uri("/api/indicators/v1/units").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].code").isEqualTo("HANYIN");
    }

    @Test
    void unitReporterCannotSeeAnotherUnit() {
        as("reporter").get().uri("/api/indicators/v1/units/SHIQUAN").exchange()
                .expectStatus().isForbidden();
        as("reporter2").get().uri("/api/indicators/v1/units/SHIQUAN").exchange()
                .expectStatus().isOk();
    }

    @Test
    void staleVersionIsConflictWithTheCurrentUnit() {
        as("office").put().uri("/api/indicators/v1/units/SHIQUAN").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"石泉县(改)\",\"kind\":\"COUNTY\",\"version\":0}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1);
        as("office").put().uri("/api/indicators/v1/units/SHIQUAN").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"石泉县\",\"kind\":\"COUNTY\",\"version\":0}").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.current.version").isEqualTo(1)
                .jsonPath("$.current.name").isEqualTo("石泉县(改)");
    }

    @Test
    void unknownParentAndMissingKindAreNamed() {
        as("office").post().uri("/api/indicators/v1/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"X1\",\"name\":\"某镇\",\"parent\":\"NOWHERE\"}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.kind')].code").isEqualTo("required")
                .jsonPath("$.errors[?(@.path == '$.parent')].code").isEqualTo("unknown-unit");
        as("office").get().uri("/api/indicators/v1/units/X1").exchange().expectStatus().isNotFound();
    }

    @Test
    void unknownKindIsBadRequest() {
        as("office").post().uri("/api/indicators/v1/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"X2\",\"name\":\"某镇\",\"kind\":\"VILLAGE\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.kind");
    }

    @Test
    void onlyTheOfficeCreatesUnits() {
        as("stats").post().uri("/api/indicators/v1/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"X3\",\"name\":\"某镇\",\"kind\":\"TOWN\"}").exchange()
                .expectStatus().isForbidden();
    }
}
