package cn.kaohe.indicators.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class IndicatorSystemApiTest extends IndicatorApiTest {

    private static final String TREE = "/api/indicators/v1/cycles/2027/indicators";
    private static boolean prepared;

    @BeforeEach
    void cycleWithATree() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2027\",\"name\":\"2027年度\",\"year\":2027}");
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2028\",\"name\":\"2028年度\",\"year\":2028}");
        given("POST", TREE, "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\",\"position\":1}");
        given("POST", TREE, "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"地区生产总值\","
                + "\"unitOfMeasure\":\"亿元\",\"leadDepartment\":\"TJJ\",\"frequency\":\"QUARTERLY\"}");
        given("POST", TREE, "{\"code\":\"FAI\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"固定资产投资\","
                + "\"unitOfMeasure\":\"亿元\",\"frequency\":\"MONTHLY\",\"schedule\":"
                + "[0.05,0.1,0.15,0.2,0.25,0.3,0.35,0.4,0.45,0.6,0.8,1]}");
        prepared = true;
    }

    @Test
    void treeListsSectionsFirstWithDefaultsApplied() {
        as("reporter").get().uri(TREE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].code").isEqualTo("ECON")
                .jsonPath("$[0].direction").doesNotExist()
                .jsonPath("$[?(@.code == 'GDP')].direction").isEqualTo("HIGHER_BETTER")
                .jsonPath("$[2].code").isEqualTo("GDP")
                .jsonPath("$[2].schedule").isEmpty()
                .jsonPath("$[?(@.code == 'FAI')].schedule[9]").isEqualTo(0.6);
    }

    @Test
    void levelsMustNest() {
        as("office").post().uri(TREE).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"X1\",\"level\":\"SUB_INDICATOR\",\"parent\":\"ECON\",\"name\":\"x\"}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("wrong-parent-level");
        as("office").post().uri(TREE).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"X2\",\"level\":\"INDICATOR\",\"parent\":\"NOPE\",\"name\":\"x\"}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-indicator");
        as("office").post().uri(TREE).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"X3\",\"level\":\"SECTION\",\"parent\":\"ECON\",\"name\":\"x\"}").exchange()
                .expectStatus().isEqualTo(422);
    }

    @Test
    void scheduleMustBeTwelveCumulativeSharesEndingAtOne() {
        as("office").post().uri(TREE).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"X4\",\"level\":\"INDICATOR\",\"parent\":\"ECON\",\"name\":\"x\",\"schedule\":"
                        + "[0.1,0.2,0.15,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1.2,0.9]}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.schedule[2]')].code").isEqualTo("must-not-decrease")
                .jsonPath("$.errors[?(@.path == '$.schedule[10]')].code").isEqualTo("out-of-range")
                .jsonPath("$.errors[?(@.path == '$.schedule[11]')]").exists();
        as("office").get().uri(TREE + "/X4").exchange().expectStatus().isNotFound();
    }

    @Test
    void staleChangeIsConflictAndLevelCannotChange() {
        as("office").put().uri(TREE + "/GDP").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"parent\":\"ECON\",\"name\":\"地区生产总值(GDP)\",\"unitOfMeasure\":\"亿元\",\"version\":0}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1);
        as("office").put().uri(TREE + "/GDP").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"parent\":\"ECON\",\"name\":\"GDP\",\"version\":0}").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.name").isEqualTo("地区生产总值(GDP)");
        as("office").put().uri(TREE + "/GDP").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"parent\":\"ECON\",\"name\":\"GDP\",\"level\":\"SECTION\",\"version\":1}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.level");
    }

    @Test
    void lastYearsTreeIsCopiedIntoANewCycleOnce() {
        as("office").post().uri("/api/indicators/v1/cycles/2028/indicators/copy").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"fromCycle\":\"2027\"}").exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.indicators").value(n -> assertThat(((Number) n).intValue()).isGreaterThanOrEqualTo(3));
        as("analyst").get().uri("/api/indicators/v1/cycles/2028/indicators/FAI").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.parent").isEqualTo("ECON");
        as("office").post().uri("/api/indicators/v1/cycles/2028/indicators/copy").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"fromCycle\":\"2027\"}").exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void onlyTheOfficeChangesTheTree() {
        as("stats").post().uri(TREE).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"X5\",\"level\":\"SECTION\",\"name\":\"x\"}").exchange()
                .expectStatus().isForbidden();
    }
}
