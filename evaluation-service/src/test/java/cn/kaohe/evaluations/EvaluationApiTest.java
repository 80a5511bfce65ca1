package cn.kaohe.evaluations;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the evaluation service's API tests: the office's setup calls (a survey defined and opened,
 * invitations generated and their tokens read back) and the respondent's submissions. Every test gets
 * its own cycle, since a cycle has one open survey and all test classes share one database.
 */
public abstract class EvaluationApiTest extends ServiceIntegrationTest {

    protected static final String SURVEYS = "/api/evaluations/v1/surveys";
    protected static final String PUBLIC = "/api/evaluations/v1/public/invitations/";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger CYCLES = new AtomicInteger();

    /** A cycle code no other test uses. */
    protected static String freshCycle() {
        return "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + CYCLES.incrementAndGet();
    }

    protected static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    protected static Map<String, Object> read(String body) {
        return JSON.readValue(body, new TypeReference<Map<String, Object>>() { });
    }

    protected WebTestClient.ResponseSpec post(String user, String path, Object body) {
        return as(user).post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body instanceof String text ? text : json(body)).exchange();
    }

    protected Map<String, Object> created(String user, String path, Object body) {
        return read(post(user, path, body).expectStatus().isCreated().expectBody(String.class).returnResult()
                .getResponseBody());
    }

    protected Map<String, Object> ok(WebTestClient.ResponseSpec spec) {
        return read(spec.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    /** Defines the survey and opens it; returns its id. */
    protected String openSurvey(SurveyFixture fixture) {
        Map<String, Object> survey = created("office", SURVEYS, fixture.build());
        String id = (String) survey.get("id");
        ok(post("office", SURVEYS + "/" + id + "/opening", Map.of("version", survey.get("version"))));
        return id;
    }

    /** Generates {@code count} invitations for the group and returns their tokens. */
    protected List<String> tokens(String survey, String group, int count) {
        created("office", SURVEYS + "/" + survey + "/invitations", Map.of("group", group, "count", count));
        return lastTokens(survey, group, count);
    }

    /** The tokens of the group's last {@code count} invitations (at most 500 in the group). */
    protected List<String> lastTokens(String survey, String group, int count) {
        List<String> tokens = new ArrayList<>();
        Map<String, Object> page = ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/invitations?group=" + group + "&size=500").exchange());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        for (Map<String, Object> item : items.subList(Math.max(0, items.size() - count), items.size())) {
            Map<String, Object> one = ok(as("office").get()
                    .uri(SURVEYS + "/" + survey + "/invitations/" + item.get("id")).exchange());
            String link = (String) one.get("link");
            tokens.add(link.substring(link.lastIndexOf('/') + 1));
        }
        return tokens;
    }

    protected String token(String survey, String group) {
        return tokens(survey, group, 1).get(0);
    }

    /** The answers body: Q1, Q2, Q3... get the given options in order. */
    protected static Map<String, Object> answers(String unit, String... options) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            answers.add(Map.of("question", "Q" + (i + 1), "option", options[i]));
        }
        return Map.of("unit", unit, "answers", answers);
    }

    protected WebTestClient.ResponseSpec submit(String token, Object body) {
        return anonymous().post().uri(PUBLIC + token + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body instanceof String text ? text : json(body)).exchange();
    }

    protected String submitted(String token, Object body) {
        return (String) read(submit(token, body).expectStatus().isCreated().expectBody(String.class).returnResult()
                .getResponseBody()).get("id");
    }

    /** The cells of an .xlsx's first sheet as text, row by row. */
    protected static List<List<String>> sheet(byte[] xlsx) throws java.io.IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> lines = workbook.getFirstSheet().openStream()) {
            lines.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getOptionalCell(i).map(Cell::getText).orElse(""));
                }
                rows.add(cells);
            });
        }
        return rows;
    }
}
