package cn.kaohe.indicators.me;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

class MeApiTest extends ServiceIntegrationTest {

    @Test
    void reporterIsScopedToTheUnitInTheToken() {
        as("reporter").get().uri("/api/indicators/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("reporter")
                .jsonPath("$.roles[0]").isEqualTo("unit-reporter")
                .jsonPath("$.unit").isEqualTo("HANYIN")
                .jsonPath("$.unitScoped").isEqualTo(true);
    }

    @Test
    void officeIsNotUnitScoped() {
        as("office").get().uri("/api/indicators/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.roles[0]").isEqualTo("office")
                .jsonPath("$.unitScoped").isEqualTo(false);
    }

    @Test
    void leadDepartmentUserCarriesItsDepartmentButSeesAllUnits() {
        as("stats").get().uri("/api/indicators/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.unit").isEqualTo("TJJ")
                .jsonPath("$.unitScoped").isEqualTo(false);
    }
}
