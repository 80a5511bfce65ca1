package cn.kaohe.indicators.categories;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CategoryApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2029";
    private static boolean prepared;

    @BeforeEach
    void cycleAndUnits() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2029\",\"name\":\"2029年度\",\"year\":2029}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"CAT-HY\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", CYCLE + "/categories", "{\"code\":\"ECO\",\"name\":\"生态发展区\"}");
        given("POST", CYCLE + "/categories", "{\"code\":\"URBAN\",\"name\":\"城区\"}");
        prepared = true;
    }

    @Test
    void officePlacesUnitsAndMayMoveThem() {
        as("office").put().uri(CYCLE + "/units/CAT-HY/category").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\":\"ECO\"}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.category").isEqualTo("ECO");
        as("office").put().uri(CYCLE + "/units/CAT-HY/category").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\":\"URBAN\"}").exchange()
                .expectStatus().isOk();
        as("analyst").get().uri(CYCLE + "/unit-categories").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.unit == 'CAT-HY')].category").isEqualTo("URBAN");
    }

    @Test
    void unknownCategoryOrUnitIsNamedAndNothingIsWritten() {
        as("office").put().uri(CYCLE + "/units/CAT-HY/category").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\":\"MOUNTAIN\"}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.category");
        as("office").put().uri(CYCLE + "/units/NOBODY/category").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\":\"ECO\"}").exchange()
                .expectStatus().isEqualTo(422);
    }

    @Test
    void categoryOfAnUnknownCycleIsNotFound() {
        as("office").post().uri("/api/indicators/v1/cycles/1888/categories").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"ECO\",\"name\":\"生态发展区\"}").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void unitReporterSeesOnlyItsOwnPlacement() {
        as("office").put().uri(CYCLE + "/units/HANYIN/category").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\":\"ECO\"}").exchange().expectStatus().isOk();
        as("reporter").get().uri(CYCLE + "/unit-categories").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].unit").isEqualTo("HANYIN");
    }

    @Test
    void onlyTheOfficePlacesUnits() {
        as("reporter").put().uri(CYCLE + "/units/HANYIN/category").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"category\":\"URBAN\"}").exchange()
                .expectStatus().isForbidden();
    }
}
