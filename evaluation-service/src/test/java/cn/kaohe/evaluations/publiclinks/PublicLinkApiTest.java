package cn.kaohe.evaluations.publiclinks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.evaluations.SurveyFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The office's side of public links: one live link per anonymous group, its limits, QR code, revocation. */
class PublicLinkApiTest extends PublicLinkTest {

    @Test
    void theOfficeCreatesALinkForAnAnonymousGroupWithTheDefaultLimits() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));

        Map<String, Object> link = created("office", SURVEYS + "/" + survey + "/public-links", Map.of("group", "PUBLIC"));

        assertThat(link).containsEntry("group", "PUBLIC").containsEntry("addressDailyLimit", 50)
                .containsEntry("proofOfWorkBits", 18).containsEntry("burstWindowMinutes", 10)
                .containsEntry("burstPerAddress", 5).containsEntry("burstIdenticalAnswers", 20)
                .containsEntry("version", 0).containsEntry("createdBy", "office");
        assertThat((String) link.get("link")).matches("http://localhost:8080/s/p/[A-Za-z0-9_-]{32}");
        assertThat(ok(as("office").get().uri(SURVEYS + "/" + survey + "/public-links/" + link.get("id")).exchange()))
                .containsEntry("link", link.get("link"));
    }

    @Test
    void aLinkIsOnlyForAnAnonymousGroupOfTheSurvey() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT").named("UPPER_DEPTS"));
        String path = SURVEYS + "/" + survey + "/public-links";

        post("office", path, Map.of("group", "UPPER_DEPTS")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.group")
                .jsonPath("$.errors[0].code").isEqualTo("group-not-anonymous");
        post("office", path, Map.of("group", "NOBODY")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-group");
        post("office", path, Map.of("group", "PUBLIC", "proofOfWorkBits", 40, "addressDailyLimit", 0))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.addressDailyLimit")
                .jsonPath("$.errors[1].path").isEqualTo("$.proofOfWorkBits");
        assertThat(ok(as("office").get().uri(path).exchange())).containsEntry("total", 0);
    }

    @Test
    void aGroupHasOneLiveLinkUntilItIsRevoked() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String path = SURVEYS + "/" + survey + "/public-links";
        Map<String, Object> first = link(survey, "PUBLIC", Map.of());

        post("office", path, Map.of("group", "PUBLIC")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.id").isEqualTo(first.get("id"));
        post("office", path + "/" + first.get("id") + "/revocation", Map.of()).expectStatus().isEqualTo(422);
        Map<String, Object> revoked = ok(post("office", path + "/" + first.get("id") + "/revocation",
                Map.of("reason", "链接被转发到无关群聊")));
        assertThat(revoked).containsEntry("revokeReason", "链接被转发到无关群聊").containsEntry("revokedBy", "office");
        post("office", path + "/" + first.get("id") + "/revocation", Map.of("reason", "again"))
                .expectStatus().isEqualTo(409);
        Map<String, Object> second = link(survey, "PUBLIC", Map.of());

        assertThat(second.get("link")).isNotEqualTo(first.get("link"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) ok(as("office").get().uri(path).exchange())
                .get("items");
        assertThat(items).extracting(item -> item.get("id")).containsExactly(second.get("id"), first.get("id"));
    }

    @Test
    void theOfficeChangesTheLimitsWithTheVersionItRead() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        Map<String, Object> link = link(survey, "SERVICE_USERS", Map.of());
        String path = SURVEYS + "/" + survey + "/public-links/" + link.get("id");

        Map<String, Object> changed = ok(as("office").put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(Map.of("version", 0, "addressDailyLimit", 3, "proofOfWorkBits", 12))).exchange());

        assertThat(changed).containsEntry("addressDailyLimit", 3).containsEntry("proofOfWorkBits", 12)
                .containsEntry("burstPerAddress", 5).containsEntry("version", 1).containsEntry("updatedBy", "office");
        as("office").put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(Map.of("version", 0, "addressDailyLimit", 9))).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.current.version").isEqualTo(1);
        as("office").put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(Map.of("version", 1, "group", "PUBLIC"))).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].code").isEqualTo("immutable");
    }

    @Test
    void theLinksQrCodeIsAPng() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        Map<String, Object> link = link(survey, "PUBLIC", Map.of());

        byte[] png = as("office").get().uri(SURVEYS + "/" + survey + "/public-links/" + link.get("id") + "/qr?size=200")
                .exchange().expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(java.util.Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void onlyTheOfficeManagesPublicLinks() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        Map<String, Object> link = link(survey, "PUBLIC", Map.of());
        String path = SURVEYS + "/" + survey + "/public-links";

        for (String user : List.of("reporter", "leader", "analyst", "stats")) {
            post(user, path, Map.of("group", "SERVICE_USERS")).expectStatus().isForbidden();
            as(user).get().uri(path).exchange().expectStatus().isForbidden();
            as(user).get().uri(path + "/" + link.get("id")).exchange().expectStatus().isForbidden();
            post(user, path + "/" + link.get("id") + "/revocation", Map.of("reason", "x")).expectStatus().isForbidden();
        }
        anonymous().get().uri(path).exchange().expectStatus().isUnauthorized();
        assertThat(ok(as("office").get().uri(path).exchange())).containsEntry("total", 1);
    }
}
