package cn.kaohe.evaluations.scores;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.evaluations.EvaluationApiTest;
import cn.kaohe.evaluations.SurveyFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scores through the API from real submissions. HANYIN: DEPUTIES (0.3, minimum 2) answer 100/80/60 per
 * question on three responses; UPPER_DEPTS (0.2, minimum 2) two responses; PUBLIC (0.3) one response,
 * below its minimum; SERVICE_USERS (0.2) none. SHIQUAN: nothing qualifying.
 */
class ScoreApiTest extends EvaluationApiTest {

    private String cycle;
    private String survey;

    @BeforeEach
    void surveyWithResponses() {
        cycle = freshCycle();
        survey = openSurvey(SurveyFixture.usual(cycle, "SAT").minimum(2).set("trimAbove", 2));
        List<String> deputies = tokens(survey, "DEPUTIES", 3);
        submitted(deputies.get(0), answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"));            // 100
        submitted(deputies.get(1), answers("HANYIN", "FAIRLY_SATISFIED", "FAIRLY_SATISFIED", "UNKNOWN")); // 80
        submitted(deputies.get(2), answers("HANYIN", "DISSATISFIED", "BASICALLY_SATISFIED", "UNKNOWN"));  // 30
        List<String> upper = tokens(survey, "UPPER_DEPTS", 2);
        submitted(upper.get(0), answers("HANYIN", "SATISFIED", "FAIRLY_SATISFIED", "BASICALLY_SATISFIED")); // 80
        submitted(upper.get(1), answers("HANYIN", "SATISFIED", "SATISFIED", "FAIRLY_SATISFIED"));          // 93.33…
        submitted(token(survey, "PUBLIC"), answers("HANYIN", "DISSATISFIED", "DISSATISFIED", "DISSATISFIED"));
        submitted(token(survey, "SERVICE_USERS"), answers("SHIQUAN", "UNKNOWN", "UNKNOWN", "UNKNOWN"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> unit(Map<String, Object> scores, String code) {
        return ((List<Map<String, Object>>) scores.get("units")).stream().filter(u -> u.get("unit").equals(code))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Map<String, Object> unit, String code) {
        return ((List<Map<String, Object>>) unit.get("groups")).stream().filter(g -> g.get("group").equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void theUnitScoreWeighsTheGroupsThatReachedTheirMinimum() {
        Map<String, Object> hanyin = unit(ok(as("office").get().uri(SURVEYS + "/" + survey + "/scores").exchange()),
                "HANYIN");

        // DEPUTIES: three > trimAbove 2, so 100 and 30 are dropped: 80. UPPER_DEPTS: two, (80 + 93.333…) / 2.
        assertThat(group(hanyin, "DEPUTIES")).containsEntry("score", 80.00).containsEntry("trimmed", true)
                .containsEntry("validResponses", 3).containsEntry("qualified", true);
        assertThat(group(hanyin, "UPPER_DEPTS")).containsEntry("score", 86.67).containsEntry("trimmed", false);
        assertThat(group(hanyin, "PUBLIC")).containsEntry("qualified", false).containsEntry("validResponses", 1)
                .containsEntry("minimumResponses", 2);
        // (0.3 × 80 + 0.2 × 86.666…) / 0.5 = 82.666…
        assertThat(hanyin).containsEntry("score", 82.67).containsEntry("flags", List.of("GROUP_BELOW_MINIMUM"));
    }

    @Test
    void satisfactionRatesCountTheSatisfiedOfTheAnswersCarryingPoints() {
        Map<String, Object> hanyin = unit(ok(as("office").get().uri(SURVEYS + "/" + survey + "/scores").exchange()),
                "HANYIN");

        // DEPUTIES answered 7 questions with points, 6 of them satisfied (one 不满意).
        assertThat(group(hanyin, "DEPUTIES")).containsEntry("satisfactionRate", 0.8571);
        @SuppressWarnings("unchecked")
        Map<String, Object> q3 = ((List<Map<String, Object>>) hanyin.get("questions")).get(2);
        // Q3 over all groups: 100, 不了解, 不了解, 60, 80, 0 → 3 of 4 carrying points
        assertThat(q3).containsEntry("satisfactionRate", 0.75).containsEntry("unknownAnswers", 2)
                .containsEntry("pointedAnswers", 4);
    }

    @Test
    void aUnitWithoutQualifyingGroupHasNoScoreAndNoEntryForTheScoringService() {
        Map<String, Object> shiquan = unit(ok(as("analyst").get().uri(SURVEYS + "/" + survey + "/scores").exchange()),
                "SHIQUAN");
        assertThat(shiquan.get("score")).isNull();
        assertThat(String.valueOf(shiquan.get("flags"))).contains("NO_QUALIFYING_GROUP");
        assertThat(group(shiquan, "SERVICE_USERS")).containsEntry("responsesWithoutScore", 1)
                .containsEntry("validResponses", 0);

        Map<String, Object> social = ok(asIntegrator().get()
                .uri("/api/evaluations/v1/cycles/" + cycle + "/social-scores").exchange());
        assertThat(social).containsEntry("cycle", cycle);
        assertThat(social.get("socialScores")).isEqualTo(List.of(Map.of("unit", "HANYIN", "score", 82.67)));
    }

    @Test
    void excludedResponsesCountNowhereAndComeBackWhenReinstated() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> upper = (List<Map<String, Object>>) ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/responses?group=UPPER_DEPTS").exchange()).get("items");
        Map<String, Object> first = upper.get(0);
        String path = SURVEYS + "/" + survey + "/responses/" + first.get("id");

        post("office", path + "/exclusion", Map.of("version", 0)).expectStatus().isEqualTo(422);
        Map<String, Object> excluded = ok(post("office", path + "/exclusion",
                Map.of("reason", "同一单位重复填报", "version", 0)));
        assertThat(excluded).containsEntry("excluded", true).containsEntry("exclusionReason", "同一单位重复填报");
        post("office", path + "/exclusion", Map.of("reason", "again", "version", 1)).expectStatus().isEqualTo(409);

        Map<String, Object> hanyin = unit(ok(as("office").get().uri(SURVEYS + "/" + survey + "/scores").exchange()),
                "HANYIN");
        assertThat(group(hanyin, "UPPER_DEPTS")).containsEntry("validResponses", 1).containsEntry("qualified", false)
                .containsEntry("excludedResponses", 1);
        assertThat(hanyin).containsEntry("score", 80.00);

        Map<String, Object> back = ok(post("office", path + "/reinstatement", Map.of("reason", "核实无误", "version", 1)));
        assertThat(back).containsEntry("excluded", false);
        assertThat((List<?>) back.get("history")).hasSize(2);
        assertThat(unit(ok(as("office").get().uri(SURVEYS + "/" + survey + "/scores").exchange()), "HANYIN"))
                .containsEntry("score", 82.67);
    }

    @Test
    void aUnitLeaderReadsOnlyTheirOwnUnitsScores() {
        Map<String, Object> own = ok(as("leader").get().uri(SURVEYS + "/" + survey + "/scores").exchange());
        assertThat((List<?>) own.get("units")).hasSize(1);
        assertThat(unit(own, "HANYIN")).containsEntry("score", 82.67);
        ok(as("leader").get().uri(SURVEYS + "/" + survey + "/scores/HANYIN").exchange());

        as("leader").get().uri(SURVEYS + "/" + survey + "/scores/SHIQUAN").exchange().expectStatus().isForbidden();
        as("leader").get().uri("/api/evaluations/v1/cycles/" + cycle + "/social-scores").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aUnitLeaderNeverSeesIndividualResponses() {
        as("leader").get().uri(SURVEYS + "/" + survey + "/responses").exchange().expectStatus().isForbidden();
        as("leader").get().uri(SURVEYS + "/" + survey + "/responses/export?format=csv").exchange()
                .expectStatus().isForbidden();
        @SuppressWarnings("unchecked")
        String any = (String) ((List<Map<String, Object>>) ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/responses").exchange()).get("items")).get(0).get("id");
        as("leader").get().uri(SURVEYS + "/" + survey + "/responses/" + any).exchange().expectStatus().isForbidden();
        post("leader", SURVEYS + "/" + survey + "/responses/" + any + "/exclusion", Map.of("reason", "x", "version", 0))
                .expectStatus().isForbidden();
        as("analyst").get().uri(SURVEYS + "/" + survey + "/responses").exchange().expectStatus().isForbidden();
    }

    @Test
    void reportersAndLeadDepartmentsReadNoScores() {
        as("reporter").get().uri(SURVEYS + "/" + survey + "/scores").exchange().expectStatus().isForbidden();
        as("reporter").get().uri(SURVEYS + "/" + survey + "/scores/HANYIN").exchange().expectStatus().isForbidden();
        as("stats").get().uri(SURVEYS + "/" + survey + "/scores").exchange().expectStatus().isForbidden();
        ok(as("analyst").get().uri(SURVEYS + "/" + survey + "/scores/SHIQUAN").exchange());
        ok(asIntegrator().get().uri(SURVEYS + "/" + survey + "/scores").exchange());
    }

    @Test
    void aCycleWithoutAnOpenSurveyHasNoSocialScores() {
        Map<String, Object> social = ok(as("office").get()
                .uri("/api/evaluations/v1/cycles/" + freshCycle() + "/social-scores").exchange());

        assertThat(social.get("socialScores")).isEqualTo(List.of());
        assertThat(social.get("survey")).isNull();
    }
}
