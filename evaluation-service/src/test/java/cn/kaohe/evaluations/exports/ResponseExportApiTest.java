package cn.kaohe.evaluations.exports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.evaluations.EvaluationApiTest;
import cn.kaohe.evaluations.SurveyFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ResponseExportApiTest extends EvaluationApiTest {

    private String survey;

    private void responses() {
        survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT").named("UPPER_DEPTS"));
        anonymous().post().uri(PUBLIC + token(survey, "DEPUTIES") + "/responses").contentType(MediaType.APPLICATION_JSON)
                .header("X-Device-Id", "deputy-phone").header("X-Forwarded-For", "203.0.113.1")
                .bodyValue(json(answers("HANYIN", "SATISFIED", "UNKNOWN", "DISSATISFIED"))).exchange()
                .expectStatus().isCreated();
        anonymous().post().uri(PUBLIC + token(survey, "UPPER_DEPTS") + "/responses").contentType(MediaType.APPLICATION_JSON)
                .header("X-Device-Id", "dept-pc").header("X-Forwarded-For", "203.0.113.2")
                .bodyValue(json(answers("SHIQUAN", "FAIRLY_SATISFIED", "SATISFIED", "SATISFIED"))).exchange()
                .expectStatus().isCreated();
    }

    private byte[] export(String format) {
        return as("office").get().uri(SURVEYS + "/" + survey + "/responses/export?format=" + format).exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Disposition", disposition -> assertThat(disposition)
                        .isEqualTo("attachment; filename*=UTF-8''%E7%AD%94%E5%8D%B7-SAT." + format))
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    @Test
    void csvHasOneRowPerResponseAndAnonymousGroupsShowNoOrigin() {
        responses();
        List<String> lines = new String(export("csv"), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("\uFEFF答卷编号 Response,群体 Group").contains("Q1 选项 option,Q1 分值 points");
        String deputy = lines.stream().filter(line -> line.contains(",DEPUTIES,")).findFirst().orElseThrow();
        assertThat(deputy).contains(",HANYIN,汉阴县,").contains(",满意,100,不了解,,不满意,0")
                .doesNotContain("deputy-phone").doesNotContain("203.0.113.1");
        String upper = lines.stream().filter(line -> line.contains(",UPPER_DEPTS,")).findFirst().orElseThrow();
        assertThat(upper).contains("dept-pc").contains("203.0.113.2");
    }

    @Test
    void xlsxCarriesTheSameRows() throws Exception {
        responses();
        List<List<String>> rows = sheet(export("xlsx"));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).hasSize(14 + 6);
        List<String> deputy = rows.stream().filter(row -> row.get(1).equals("DEPUTIES")).findFirst().orElseThrow();
        assertThat(deputy.get(9)).isEqualTo("邀请码 invitation");
        assertThat(deputy.get(10)).isEmpty();
        assertThat(deputy.get(11)).isEmpty();
        assertThat(deputy.get(13)).isEmpty();
        assertThat(deputy.get(14)).isEqualTo("满意");
    }
}
