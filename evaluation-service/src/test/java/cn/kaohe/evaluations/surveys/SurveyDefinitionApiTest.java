package cn.kaohe.evaluations.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.evaluations.EvaluationApiTest;
import cn.kaohe.evaluations.SurveyFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SurveyDefinitionApiTest extends EvaluationApiTest {

    @Test
    void officeDefinesASurveyWithTheDefaultScaleAndGroups() {
        Map<String, Object> survey = created("office", SURVEYS, SurveyFixture.usual(freshCycle(), "SAT").build());

        ok(as("analyst").get().uri(SURVEYS + "/" + survey.get("id")).exchange());
        assertThat(survey).containsEntry("status", "DRAFT").containsEntry("trimAbove", 5).containsEntry("hasResponses", false);
        @SuppressWarnings("unchecked")
        Map<String, Object> q1 = ((List<Map<String, Object>>) survey.get("questions")).get(0);
        assertThat(q1).containsEntry("required", true).containsEntry("weight", 1);
        assertThat((List<?>) q1.get("options")).hasSize(5);
        @SuppressWarnings("unchecked")
        Map<String, Object> deputies = ((List<Map<String, Object>>) survey.get("groups")).get(0);
        assertThat(deputies).containsEntry("weight", 0.3).containsEntry("minimumResponses", 5)
                .containsEntry("anonymous", true);
    }

    @Test
    void groupWeightsThatDoNotSumToOneAreNamed() {
        var fixture = SurveyFixture.usual(freshCycle(), "SAT").group("EXTRA", "其他", "0.1", null, List.of("HANYIN"));

        post("office", SURVEYS, fixture.build()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.groups")
                .jsonPath("$.errors[0].code").isEqualTo("weights-must-sum-to-one");
    }

    @Test
    void unknownFieldsAreRejected() {
        post("office", SURVEYS, "{\"cycle\":\"X1\",\"code\":\"A\",\"title\":\"t\",\"weights\":1}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-field");
    }

    @Test
    void onlyTheOfficeDefinesAndChangesSurveys() {
        post("analyst", SURVEYS, SurveyFixture.usual(freshCycle(), "SAT").build()).expectStatus().isForbidden();
        post("leader", SURVEYS, SurveyFixture.usual(freshCycle(), "SAT").build()).expectStatus().isForbidden();
        Map<String, Object> survey = created("office", SURVEYS, SurveyFixture.usual(freshCycle(), "SAT").build());
        Map<String, Object> change = SurveyFixture.usual(freshCycle(), "SAT").set("version", 0).build();
        change.remove("cycle");
        change.remove("code");
        as("reporter").put().uri(SURVEYS + "/" + survey.get("id")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(change)).exchange().expectStatus().isForbidden();
        post("leader", SURVEYS + "/" + survey.get("id") + "/opening", Map.of("version", 0)).expectStatus().isForbidden();
    }

    @Test
    void aStaleVersionIsAConflictWithTheCurrentSurvey() {
        String cycle = freshCycle();
        Map<String, Object> survey = created("office", SURVEYS, SurveyFixture.usual(cycle, "SAT").build());
        String path = SURVEYS + "/" + survey.get("id");
        Map<String, Object> change = SurveyFixture.usual(cycle, "SAT").set("title", "新标题").set("version", 0).build();
        ok(as("office").put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json(change)).exchange());

        as("office").put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json(change)).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.title").isEqualTo("新标题").jsonPath("$.current.version").isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSurveyWithResponsesChangesOnlyItsTexts() {
        String cycle = freshCycle();
        String id = openSurvey(SurveyFixture.usual(cycle, "SAT"));
        submitted(token(id, "DEPUTIES"), answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"));
        String path = SURVEYS + "/" + id;
        Map<String, Object> current = ok(as("office").get().uri(path).exchange());
        assertThat(current).containsEntry("hasResponses", true);
        assertThat((List<Map<String, Object>>) ok(as("analyst").get().uri(SURVEYS + "?cycle=" + cycle).exchange())
                .get("items")).as("the list says so too").singleElement()
                .satisfies(listed -> assertThat(listed).containsEntry("hasResponses", true));

        Map<String, Object> reweighted = SurveyFixture.usual(cycle, "SAT").question("Q4", "新题", null)
                .set("version", current.get("version")).build();
        as("office").put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json(reweighted)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.current.hasResponses").isEqualTo(true);

        Map<String, Object> retitled = SurveyFixture.usual(cycle, "SAT").set("title", "2024年度社会评价(修订标题)")
                .set("description", "请如实评价").set("version", current.get("version")).build();
        ok(as("office").put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json(retitled)).exchange());
    }

    @Test
    void aCycleHasOneSurveyThatLeavesDraft() {
        String cycle = freshCycle();
        openSurvey(SurveyFixture.usual(cycle, "FIRST"));
        Map<String, Object> second = created("office", SURVEYS, SurveyFixture.usual(cycle, "SECOND").build());

        post("office", SURVEYS + "/" + second.get("id") + "/opening", Map.of("version", 0))
                .expectStatus().isEqualTo(409);
    }

    @Test
    void openingNeedsQuestionsAndGroups() {
        Map<String, Object> survey = created("office", SURVEYS, SurveyFixture.bare(freshCycle(), "EMPTY").build());

        post("office", SURVEYS + "/" + survey.get("id") + "/opening", Map.of("version", 0))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.questions")
                .jsonPath("$.errors[1].path").isEqualTo("$.groups");
    }

    @Test
    void anOpenSurveyClosesAndOpensAgain() {
        String id = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String path = SURVEYS + "/" + id;

        ok(post("office", path + "/closing", Map.of("version", 1)));
        post("office", path + "/closing", Map.of("version", 2)).expectStatus().isEqualTo(409);
        assertThat(ok(post("office", path + "/opening", Map.of("version", 2)))).containsEntry("status", "OPEN");
    }
}
