package cn.kaohe.evaluations.surveys;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SurveyApiTest extends ServiceIntegrationTest {

    @Test
    void officeDefinesASurveyThatReadersSee() {
        String id = as("office").post().uri("/api/evaluations/v1/surveys")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"cycle\":\"2024\",\"code\":\"SAT\",\"title\":\"2024年度社会评价\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        asIntegrator().get().uri("/api/evaluations/v1/surveys/" + id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.title").isEqualTo("2024年度社会评价")
                .jsonPath("$.status").isEqualTo("DRAFT");
    }

    @Test
    void surveyIdThatIsNoUuidIsBadRequest() {
        as("office").get().uri("/api/evaluations/v1/surveys/not-a-uuid").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:malformed-request");
    }

    @Test
    void oversizeBodyIsPayloadTooLarge() {
        String huge = "{\"cycle\":\"2024\",\"code\":\"BIG\",\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        as("office").post().uri("/api/evaluations/v1/surveys").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(huge).exchange()
                .expectStatus().isEqualTo(413);
    }

    @Test
    void textBodyIsUnsupportedMediaType() {
        as("office").post().uri("/api/evaluations/v1/surveys").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("hello").exchange()
                .expectStatus().isEqualTo(415);
    }
}
