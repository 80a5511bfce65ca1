package cn.kaohe.evaluations.publiclinks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.evaluations.SurveyFixture;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answering through a public link: who may answer what, once per device, within the address's allowance. */
class PublicLinkResponseApiTest extends PublicLinkTest {

    private static final Map<String, Object> ALL_SATISFIED = answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED");

    @Test
    void theLinkShowsTheGroupsUnitsAndWhatThisDeviceRatedAlready() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String code = code(link(survey, "PUBLIC", Map.of()));
        answer(code, "phone-1", "203.0.113.1", ALL_SATISFIED).expectStatus().isCreated();

        Map<String, Object> seen = ok(anonymous().get().uri(LINKS + code).header("X-Device-Id", "phone-1").exchange());
        Map<String, Object> fresh = ok(anonymous().get().uri(LINKS + code).exchange());

        assertThat(seen).containsEntry("group", "PUBLIC").containsEntry("groupName", "群众").containsEntry("anonymous", true);
        assertThat(seen.get("units")).isEqualTo(List.of(Map.of("code", "HANYIN", "name", "汉阴县", "answered", true),
                Map.of("code", "SHIQUAN", "name", "石泉县", "answered", false)));
        assertThat(json(fresh.get("units"))).doesNotContain("true");
        assertThat(json(seen)).doesNotContain("points").doesNotContain("weight");
    }

    @Test
    void aPublicResponseIsStoredWithItsLinkDeviceAndAddressAndCountsInTheScores() throws SQLException {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT").minimum(1));
        Map<String, Object> link = link(survey, "PUBLIC", Map.of());

        Map<String, Object> receipt = read(answer(code(link), "phone-1", "203.0.113.1",
                answers("HANYIN", "SATISFIED", "FAIRLY_SATISFIED", "UNKNOWN")).expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(receipt).containsEntry("unit", "HANYIN").containsKey("id");
        assertThat(count("SELECT count(*) FROM response WHERE id = ?::uuid AND public_link_id = ?::uuid"
                + " AND device_id = 'phone-1' AND client_address = '203.0.113.1' AND invitation_id IS NULL"
                + " AND flags = '[]'::jsonb", receipt.get("id"), link.get("id"))).isEqualTo(1);
        Map<String, Object> hanyin = ok(as("office").get().uri(SURVEYS + "/" + survey + "/scores/HANYIN").exchange());
        // (100 + 80) / 2 = 90 from the one public response; PUBLIC is the only group that qualifies
        assertThat(hanyin).containsEntry("score", 90.00).containsEntry("qualifiedWeight", 0.3);
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = ((List<Map<String, Object>>) ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/responses").exchange()).get("items")).get(0);
        assertThat(stored).containsEntry("publicLinkId", link.get("id")).containsEntry("flags", List.of())
                .containsEntry("deviceId", null).containsEntry("clientAddress", null);
    }

    @Test
    void aDeviceRatesEachUnitOnce() throws SQLException {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        Map<String, Object> link = link(survey, "PUBLIC", Map.of());
        String code = code(link);
        answer(code, "phone-1", "203.0.113.1", ALL_SATISFIED).expectStatus().isCreated();
        String before = written(survey, (String) link.get("id"));

        answer(code, "phone-1", "198.51.100.4", answers("HANYIN", "DISSATISFIED", "DISSATISFIED", "DISSATISFIED"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:device-already-answered")
                .jsonPath("$.unit").isEqualTo("HANYIN");

        assertThat(written(survey, (String) link.get("id"))).isEqualTo(before);
        answer(code, "phone-1", "203.0.113.1", answers("SHIQUAN", "SATISFIED", "SATISFIED", "SATISFIED"))
                .expectStatus().isCreated();
        answer(code, "phone-2", "203.0.113.1", ALL_SATISFIED).expectStatus().isCreated();
        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid", survey)).isEqualTo(3);
    }

    @Test
    void anAddressAnswersAUnitAtMostTheLinksDailyLimit() throws SQLException {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        Map<String, Object> link = link(survey, "PUBLIC", Map.of("addressDailyLimit", 2));
        String code = code(link);
        answer(code, "phone-1", "203.0.113.7", ALL_SATISFIED).expectStatus().isCreated();
        answer(code, "phone-2", "203.0.113.7", ALL_SATISFIED).expectStatus().isCreated();
        String before = written(survey, (String) link.get("id"));

        answer(code, "phone-3", "203.0.113.7", ALL_SATISFIED).expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:address-limit-reached")
                .jsonPath("$.limit").isEqualTo(2);

        assertThat(written(survey, (String) link.get("id"))).isEqualTo(before);
        answer(code, "phone-3", "203.0.113.7", answers("SHIQUAN", "SATISFIED", "SATISFIED", "SATISFIED"))
                .expectStatus().isCreated();
        answer(code, "phone-3", "203.0.113.8", ALL_SATISFIED).expectStatus().isCreated();
        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid AND unit_code = 'HANYIN'", survey))
                .isEqualTo(3);
    }

    @Test
    void anIpv6SubscriberCountsAsOneAddressWhateverItsHostPart() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String code = code(link(survey, "PUBLIC", Map.of("addressDailyLimit", 1)));
        answer(code, "phone-1", "2001:db8:1:2:0:0:0:a", ALL_SATISFIED).expectStatus().isCreated();

        answer(code, "phone-2", "2001:db8:1:2:dead:beef:0:b", ALL_SATISFIED).expectStatus().isEqualTo(429);
        answer(code, "phone-2", "2001:db8:1:3:0:0:0:a", ALL_SATISFIED).expectStatus().isCreated();
    }

    @Test
    void theAddressIsTheOneTheGatewayAppendedNotTheClientsClaim() throws SQLException {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String code = code(link(survey, "PUBLIC", Map.of("addressDailyLimit", 1)));
        answer(code, "phone-1", "10.9.9.9, 203.0.113.50", ALL_SATISFIED).expectStatus().isCreated();

        // a client claiming another address in front of what the gateway saw is still that address
        answer(code, "phone-2", "192.0.2.77, 203.0.113.50", ALL_SATISFIED).expectStatus().isEqualTo(429);
        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid AND client_address = '203.0.113.50'",
                survey)).isEqualTo(1);
    }

    @Test
    void aDeviceIdIsRequiredAndBadAnswersNameTheirFieldAndWriteNothing() throws SQLException {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        Map<String, Object> link = link(survey, "PUBLIC", Map.of());
        String code = code(link);

        answer(code, null, "203.0.113.1", ALL_SATISFIED).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("header:X-Device-Id");
        answer(code, "bad device!", "203.0.113.1", ALL_SATISFIED).expectStatus().isEqualTo(422);
        answer(code, "phone-1", "203.0.113.1", answers("ANKANG", "SATISFIED", "SATISFIED", "SATISFIED"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].code").isEqualTo("unit-not-assigned");
        answer(code, "phone-1", "203.0.113.1", answers("HANYIN", "SATISFIED", "NOPE", "SATISFIED"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].path").isEqualTo("$.answers[1].option");
        answer(code, "phone-1", "203.0.113.1", answers("HANYIN", "SATISFIED")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.answers[Q2]");
        submitThroughLink(code, "phone-1", "203.0.113.1", "{\"unit\": \"HANYIN\", \"answers\": [", null)
                .expectStatus().isBadRequest();
        submitThroughLink(code, "phone-1", "203.0.113.1", "{\"unit\": \"HANYIN\", \"answers\": [], \"extra\": 1}", null)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-field");

        assertThat(written(survey, (String) link.get("id")))
                .isEqualTo("0 responses, 0 answers, 0 tallied, 0 counted, 0 proofs used");
    }

    @Test
    void aLinkFollowsItsSurveyAndItsRevocation() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        Map<String, Object> link = link(survey, "PUBLIC", Map.of());
        String code = code(link);
        Map<String, Object> proof = proof(code);

        ok(post("office", SURVEYS + "/" + survey + "/closing", Map.of("version", 1)));
        anonymous().get().uri(LINKS + code).exchange().expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:invitation-expired");
        anonymous().post().uri(LINKS + code + "/challenges").exchange().expectStatus().isEqualTo(410);
        submitThroughLink(code, "phone-1", null, withProof(ALL_SATISFIED, proof), null).expectStatus().isEqualTo(410);

        ok(post("office", SURVEYS + "/" + survey + "/opening", Map.of("version", 2)));
        ok(post("office", SURVEYS + "/" + survey + "/public-links/" + link.get("id") + "/revocation",
                Map.of("reason", "换新链接")));
        anonymous().get().uri(LINKS + code).exchange().expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:invitation-revoked");
        submitThroughLink(code, "phone-1", null, withProof(ALL_SATISFIED, proof), null).expectStatus().isEqualTo(410);
        anonymous().get().uri(LINKS + "A".repeat(32)).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:invitation-invalid");
        anonymous().get().uri(LINKS + "short").exchange().expectStatus().isNotFound();
    }

    @Test
    void aSurveyNotOpenYetSaysSo() {
        String later = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).plusDays(2).toString();
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT").set("opensAt", later));
        String code = code(link(survey, "PUBLIC", Map.of()));

        anonymous().get().uri(LINKS + code).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:survey-not-open")
                .jsonPath("$.opensAt").exists();
    }

    @Test
    void aRetryWithItsIdempotencyKeyReplaysTheReceiptEvenWithAFreshProof() throws SQLException {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        Map<String, Object> link = link(survey, "PUBLIC", Map.of());
        String code = code(link);

        String first = submitThroughLink(code, "phone-1", "203.0.113.1", withProof(ALL_SATISFIED, proof(code)), "u-HANYIN")
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        String again = submitThroughLink(code, "phone-1", "203.0.113.1", withProof(ALL_SATISFIED, proof(code)), "u-HANYIN")
                .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(read(again)).isEqualTo(read(first));
        submitThroughLink(code, "phone-1", "203.0.113.1",
                withProof(answers("SHIQUAN", "SATISFIED", "SATISFIED", "SATISFIED"), proof(code)), "u-HANYIN")
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].path").isEqualTo("header:Idempotency-Key");
        // another device's key of the same name is its own
        submitThroughLink(code, "phone-2", "203.0.113.2", withProof(ALL_SATISFIED, proof(code)), "u-HANYIN")
                .expectStatus().isCreated().expectHeader().doesNotExist("Idempotent-Replayed");
        assertThat(written(survey, (String) link.get("id"))).startsWith("2 responses, 6 answers, 2 tallied");
    }
}
