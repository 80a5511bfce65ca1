package cn.kaohe.indicators.cycles;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CycleApiTest extends ServiceIntegrationTest {

    @Test
    void officeOpensACycleThatEveryoneCanRead() {
        as("office").post().uri("/api/indicators/v1/cycles")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"2031\",\"name\":\"2031年度目标责任考核\",\"year\":2031}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.code").isEqualTo("2031")
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.createdBy").isEqualTo("office");
        as("reporter").get().uri("/api/indicators/v1/cycles/2031").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("2031年度目标责任考核");
        asIntegrator().get().uri("/api/indicators/v1/cycles?size=500").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.size").isEqualTo(500)
                .jsonPath("$.items[?(@.code == '2031')]").exists();
    }

    @Test
    void duplicateCycleCodeIsConflict() {
        String body = "{\"code\":\"2032\",\"name\":\"2032年度\",\"year\":2032}";
        as("office").post().uri("/api/indicators/v1/cycles").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated();
        as("office").post().uri("/api/indicators/v1/cycles").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:conflict");
    }

    @Test
    void invalidCycleNamesEveryOffendingField() {
        as("office").post().uri("/api/indicators/v1/cycles").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"bad code!\",\"year\":1900}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.path == '$.code')].code").isEqualTo("invalid-code")
                .jsonPath("$.errors[?(@.path == '$.name')].code").isEqualTo("required")
                .jsonPath("$.errors[?(@.path == '$.year')].code").isEqualTo("out-of-range");
        as("office").get().uri("/api/indicators/v1/cycles/bad code!").exchange().expectStatus().isNotFound();
    }

    @Test
    void unknownFieldIsRejectedWithItsPath() {
        as("office").post().uri("/api/indicators/v1/cycles").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"2033\",\"name\":\"x\",\"year\":2033,\"yaer\":1}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].path").isEqualTo("$.yaer")
                .jsonPath("$.errors[0].code").isEqualTo("unknown-field");
    }

    @Test
    void wrongTypeIsBadRequestNamingTheField() {
        as("office").post().uri("/api/indicators/v1/cycles").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"2034\",\"name\":\"x\",\"year\":\"soon\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.year");
    }

    @Test
    void unitReporterCannotOpenACycle() {
        as("reporter").post().uri("/api/indicators/v1/cycles").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"2035\",\"name\":\"x\",\"year\":2035}").exchange()
                .expectStatus().isForbidden();
    }
}
