package cn.kaohe.scoring.rulebooks;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.scoring.ContractExamples;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class RulebookApiTest extends ServiceIntegrationTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static ObjectNode rulebook(String cycle) {
        return ContractExamples.rulebook(cycle);
    }

    private static String revision(ObjectNode rulebook, String reason, Integer basedOn) {
        ObjectNode body = PLAIN.createObjectNode();
        body.set("rulebook", rulebook);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (basedOn != null) {
            body.put("basedOnVersion", basedOn);
        }
        return body.toString();
    }

    private String path(String cycle) {
        return "/api/scoring/v1/cycles/" + cycle + "/rulebooks";
    }

    @Test
    void revisionCreatesANewVersionAndTheDiffNamesTheChange() {
        as("office").post().uri(path("R1")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(revision(rulebook("R1"), null, null)).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo(1).jsonPath("$.createdBy").isEqualTo("office");

        ObjectNode revised = rulebook("R1");
        ((ObjectNode) revised.get("indicators").get(0)).put("points", 12);
        as("office").post().uri(path("R1")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(revision(revised, "GDP 分值调整为 12", 1)).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo(2).jsonPath("$.reason").isEqualTo("GDP 分值调整为 12");

        as("reporter").get().uri(path("R1")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(2).jsonPath("$.items[0].version").isEqualTo(2);
        as("analyst").get().uri(path("R1") + "/latest").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.rulebook.indicators[0].points").isEqualTo(12)
                .jsonPath("$.rulebook.weights.default.target").isEqualTo(0.8);
        as("analyst").get().uri(path("R1") + "/diff?from=1&to=2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].path").isEqualTo("$.indicators[GDP].points")
                .jsonPath("$[0].before").isEqualTo(10)
                .jsonPath("$[0].after").isEqualTo(12);
    }

    @Test
    void revisionWithoutReasonIsRejected() {
        as("office").post().uri(path("R2")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(revision(rulebook("R2"), null, null)).exchange().expectStatus().isCreated();
        as("office").post().uri(path("R2")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(revision(rulebook("R2"), null, null)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.reason");
    }

    @Test
    void staleRevisionIsConflictWithTheCurrentVersion() {
        as("office").post().uri(path("R3")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(revision(rulebook("R3"), null, null)).exchange().expectStatus().isCreated();
        as("office").post().uri(path("R3")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(revision(rulebook("R3"), "first edit", 1)).exchange().expectStatus().isCreated();
        as("office").post().uri(path("R3")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(revision(rulebook("R3"), "late edit", 1)).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.version").isEqualTo(2);
    }

    @Test
    void invalidRulebookNamesEveryPathAndStoresNothing() {
        ObjectNode bad = rulebook("R4");
        ((ObjectNode) bad.get("weights").get("default")).put("social", 0.5);
        bad.put("cycle", "OTHER");
        as("office").post().uri(path("R4")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(revision(bad, null, null)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.rulebook.cycle')]").exists()
                .jsonPath("$.errors[?(@.path == '$.rulebook.weights.default')]").exists();
        as("office").get().uri(path("R4")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void unknownVersionIsNotFound() {
        as("office").get().uri(path("R5") + "/7").exchange().expectStatus().isNotFound();
        as("office").get().uri(path("R5") + "/seven").exchange().expectStatus().isEqualTo(422);
    }

    @Test
    void onlyTheOfficeRevisesRulebooks() {
        as("analyst").post().uri(path("R6")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(revision(rulebook("R6"), null, null)).exchange().expectStatus().isForbidden();
    }

    @Test
    void cycleCodeTooLongForTheDatabaseIsUnprocessableNotAServerError() {
        String cycle = "C".repeat(40);
        as("office").post().uri(path(cycle)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(revision(rulebook(cycle), null, null)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:validation-failed");
    }
}
