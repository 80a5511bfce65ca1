package cn.kaohe.evaluations.responses;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.evaluations.EvaluationApiTest;
import cn.kaohe.evaluations.SurveyFixture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class PublicResponseApiTest extends EvaluationApiTest {

    private static long rows(String table, String survey) throws SQLException {
        String sql = table.equals("response_answer")
                ? "SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id WHERE r.survey_id = ?::uuid"
                : "SELECT count(*) FROM " + table + " WHERE survey_id = ?::uuid";
        try (Connection db = TestPostgres.get().connect("evaluations"); var statement = db.prepareStatement(sql)) {
            statement.setString(1, survey);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void aTokenReadsItsSurveyAndUnitsWithoutAnAccount() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String token = token(survey, "DEPUTIES");

        Map<String, Object> view = ok(anonymous().get().uri(PUBLIC + token).exchange());

        assertThat(view).containsEntry("group", "DEPUTIES").containsEntry("groupName", "两代表一委员")
                .containsEntry("anonymous", true);
        assertThat(view.get("units")).isEqualTo(List.of(
                Map.of("code", "HANYIN", "name", "汉阴县", "answered", false),
                Map.of("code", "SHIQUAN", "name", "石泉县", "answered", false)));
        assertThat(json(view)).doesNotContain("points").doesNotContain("weight");
    }

    @Test
    void eachUnitIsAnsweredOnceThenTheLinkIsUsed() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String token = token(survey, "PUBLIC");

        submitted(token, answers("HANYIN", "SATISFIED", "FAIRLY_SATISFIED", "UNKNOWN"));
        submit(token, answers("HANYIN", "DISSATISFIED", "DISSATISFIED", "DISSATISFIED"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:already-answered")
                .jsonPath("$.unit").isEqualTo("HANYIN");
        Map<String, Object> view = ok(anonymous().get().uri(PUBLIC + token).exchange());
        assertThat(json(view.get("units"))).contains("\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"answered\":true");
        submitted(token, answers("SHIQUAN", "SATISFIED", "SATISFIED", "SATISFIED"));

        anonymous().get().uri(PUBLIC + token).exchange().expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:invitation-used")
                .jsonPath("$.title").isEqualTo("已失效");
    }

    @Test
    void anUnknownOrMalformedTokenIsInvalid() {
        anonymous().get().uri(PUBLIC + "A".repeat(32)).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:invitation-invalid");
        anonymous().get().uri(PUBLIC + "nope").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:invitation-invalid");
        submit("B".repeat(32), answers("HANYIN", "SATISFIED")).expectStatus().isNotFound();
    }

    @Test
    void badSubmissionsNameTheFieldAndWriteNothing() throws SQLException {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String token = token(survey, "DEPUTIES");

        submit(token, "{\"unit\": \"HANYIN\", \"answers\": [").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:malformed-request");
        submit(token, "{\"unit\": \"HANYIN\", \"answers\": 7}").expectStatus().isBadRequest();
        submit(token, answers("HANYIN", "SATISFIED", "VERY_HAPPY", "SATISFIED")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.answers[1].option")
                .jsonPath("$.errors[0].code").isEqualTo("unknown-option");
        submit(token, answers("HANYIN", "SATISFIED", "SATISFIED")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.answers[Q3]")
                .jsonPath("$.errors[0].code").isEqualTo("required");
        submit(token, answers("ANKANG", "SATISFIED", "SATISFIED", "SATISFIED")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.unit")
                .jsonPath("$.errors[0].code").isEqualTo("unit-not-assigned");
        submit(token, Map.of("unit", "HANYIN", "answers", List.of(Map.of("question", "Q7", "option", "SATISFIED")),
                "extra", 1)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-field");

        assertThat(rows("response", survey)).isZero();
        assertThat(rows("response_answer", survey)).isZero();
        assertThat(rows("unit_group_tally", survey)).isZero();
        assertThat(rows("question_tally", survey)).isZero();
    }

    @Test
    void aSurveyNotYetOpenOrClosedTakesNoAnswers() throws SQLException {
        String cycle = freshCycle();
        OffsetDateTime tomorrow = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1);
        String future = openSurvey(SurveyFixture.usual(cycle, "LATER").set("opensAt", tomorrow.toString()));
        String early = token(future, "DEPUTIES");
        anonymous().get().uri(PUBLIC + early).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:survey-not-open")
                .jsonPath("$.opensAt").exists();
        submit(early, answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED")).expectStatus().isEqualTo(409);

        String closed = openSurvey(SurveyFixture.usual(freshCycle(), "DONE"));
        String late = token(closed, "DEPUTIES");
        ok(post("office", SURVEYS + "/" + closed + "/closing", Map.of("version", 1)));
        submit(late, answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED")).expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:invitation-expired");

        assertThat(rows("response", future) + rows("response", closed)).isZero();
    }

    @Test
    void aRevokedTokenAnswersNothingMore() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String token = token(survey, "DEPUTIES");
        submitted(token, answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"));
        @SuppressWarnings("unchecked")
        Map<String, Object> invitation = ((List<Map<String, Object>>) ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/invitations").exchange()).get("items")).get(0);

        post("office", SURVEYS + "/" + survey + "/invitations/" + invitation.get("id") + "/revocation",
                Map.of("reason", "代表反映链接外泄")).expectStatus().isOk();

        anonymous().get().uri(PUBLIC + token).exchange().expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:invitation-revoked");
        submit(token, answers("SHIQUAN", "SATISFIED", "SATISFIED", "SATISFIED")).expectStatus().isEqualTo(410);
    }

    @Test
    void theDeviceAndAddressAreStoredWithTheResponse() throws SQLException {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String token = token(survey, "DEPUTIES");
        anonymous().post().uri(PUBLIC + token + "/responses").contentType(MediaType.APPLICATION_JSON)
                .header("X-Device-Id", "dev-42").header("X-Forwarded-For", "203.0.113.9, 198.51.100.7")
                .bodyValue(json(answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"))).exchange()
                .expectStatus().isCreated();

        try (Connection db = TestPostgres.get().connect("evaluations"); var statement = db.prepareStatement(
                "SELECT device_id, client_address, invitation_id IS NOT NULL FROM response WHERE survey_id = ?::uuid")) {
            statement.setString(1, survey);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("dev-42");
                assertThat(result.getString(2)).isEqualTo("198.51.100.7");
                assertThat(result.getBoolean(3)).isTrue();
            }
        }
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyAnswersTheFirstReceipt() throws SQLException {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String token = token(survey, "DEPUTIES");
        String body = json(answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"));
        String first = anonymous().post().uri(PUBLIC + token + "/responses").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "page-1-HANYIN").bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();

        String again = anonymous().post().uri(PUBLIC + token + "/responses").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "page-1-HANYIN").bodyValue(body).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(read(again)).isEqualTo(read(first));
        assertThat((String) read(first).get("submittedAt")).endsWith("+08:00");

        anonymous().post().uri(PUBLIC + token + "/responses").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "page-1-HANYIN")
                .bodyValue(json(answers("SHIQUAN", "SATISFIED", "SATISFIED", "SATISFIED"))).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("header:Idempotency-Key");
        assertThat(rows("response", survey)).isEqualTo(1);
        assertThat(rows("unit_group_tally", survey)).isEqualTo(1);
    }

    @Test
    void aRetriedInvitationBatchWithItsKeyCreatesNoSecondBatch() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String path = SURVEYS + "/" + survey + "/invitations";
        for (int i = 0; i < 2; i++) {
            as("office").post().uri(path).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "batch-1")
                    .bodyValue(json(Map.of("group", "PUBLIC", "count", 3))).exchange().expectStatus().isCreated();
        }

        assertThat(ok(as("office").get().uri(path).exchange())).containsEntry("total", 3);
    }
}
