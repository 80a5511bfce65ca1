package cn.kaohe.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.scoring.ContractExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/** 公示 → 申诉 → 裁决 → 定稿, on cycle 2023 computed from the worked example. */
@Import(ExampleUpstream.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationApiTest extends ServiceIntegrationTest {

    private static final String CYCLE = "/api/scoring/v1/cycles/2023";
    private static final String V1 = CYCLE + "/results/1";
    private static boolean computed;
    private static String appealId;

    @BeforeEach
    void computeOnce() {
        if (computed) {
            return;
        }
        as("office").post().uri(CYCLE + "/rulebooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ContractExamples.firstRulebookVersion("2023")).exchange().expectStatus().isCreated();
        as("office").post().uri(CYCLE + "/results").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isCreated();
        computed = true;
    }

    @Test
    @Order(1)
    void draftCannotBeAppealedOrFrozen() {
        as("reporter").post().uri(V1 + "/appeals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(("{\"unit\":\"HANYIN\",\"text\":\"GDP 数据有误\"}")).exchange()
                .expectStatus().isEqualTo(409);
        as("office").post().uri(V1 + "/freeze").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.status").isEqualTo("DRAFT");
    }

    @Test
    @Order(2)
    void publishingOpensTheNoticePeriodToEveryRole() {
        as("office").post().uri(V1 + "/publication").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"noticeDays\":7}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.noticeUntil").exists();
        asIntegrator().get().uri(V1 + "/units").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(4);
        as("reporter").get().uri(V1 + "/units").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(4);
        as("reporter").get().uri(V1 + "/units/C").exchange().expectStatus().isForbidden();
        as("office").post().uri(V1 + "/publication").exchange().expectStatus().isEqualTo(409);
    }

    @Test
    @Order(3)
    void unitFilesAnAppealForItselfOnlyAndARetryWithItsKeyFilesNothingMore() {
        String appeal = "{\"unit\":\"HANYIN\",\"text\":\"统计局核定 GDP 为 112 亿元\",\"evidenceRef\":\"汉统字〔2024〕3号\"}";
        String body = as("reporter").post().uri(V1 + "/appeals").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "appeal-hanyin-1").bodyValue(appeal)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"status\":\"FILED\"");
        appealId = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        as("reporter").post().uri(V1 + "/appeals").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "appeal-hanyin-1").bodyValue(appeal).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(appealId);
        as("reporter").post().uri(V1 + "/appeals").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "appeal-hanyin-1").bodyValue("{\"unit\":\"HANYIN\",\"text\":\"另一申诉\"}")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("header:Idempotency-Key");
        as("reporter").post().uri(V1 + "/appeals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(("{\"unit\":\"C\",\"text\":\"x\"}")).exchange()
                .expectStatus().isForbidden();
        as("reporter2").get().uri(V1 + "/appeals").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
        as("office").get().uri(V1 + "/appeals").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    @Order(4)
    void versionWithAnOpenAppealCannotBeFrozen() {
        as("office").post().uri(V1 + "/freeze").exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    @Order(5)
    void officeRulesOnceAndAcceptingNeedsTheCorrection() {
        as("office").post().uri(CYCLE + "/appeals/" + appealId + "/ruling").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"decision\":\"ACCEPT\",\"reason\":\"证据充分\"}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.correction");
        as("reporter").post().uri(CYCLE + "/appeals/" + appealId + "/ruling").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"decision\":\"REJECT\",\"reason\":\"x\"}").exchange()
                .expectStatus().isForbidden();
        as("office").post().uri(CYCLE + "/appeals/" + appealId + "/ruling").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"decision\":\"REJECT\",\"reason\":\"统计口径以年报为准\"}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("REJECTED")
                .jsonPath("$.ruledBy").isEqualTo("office");
        as("office").post().uri(CYCLE + "/appeals/" + appealId + "/ruling").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"decision\":\"REJECT\",\"reason\":\"again\"}").exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    @Order(6)
    void noticePeriodMustEndBeforeFreezing() {
        as("office").post().uri(V1 + "/freeze").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("notice"));
    }

    @Test
    @Order(7)
    void correctedVersionPublishedWithZeroNoticeSupersedesAndFreezes() {
        as("office").post().uri(CYCLE + "/results").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"申诉处理后重新计算\"}").exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo(2);
        as("office").post().uri(CYCLE + "/results/2/publication").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"noticeDays\":0}").exchange()
                .expectStatus().isOk();
        as("office").get().uri(V1).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SUPERSEDED");
        as("office").post().uri(CYCLE + "/results/2/freeze").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("FROZEN")
                .jsonPath("$.frozenBy").isEqualTo("office");
        as("office").post().uri(CYCLE + "/results/2/publication").exchange().expectStatus().isEqualTo(409);
        as("reporter").post().uri(CYCLE + "/results/2/appeals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(("{\"unit\":\"HANYIN\",\"text\":\"late\"}")).exchange()
                .expectStatus().isEqualTo(409);
    }
}
