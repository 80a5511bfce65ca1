package cn.kaohe.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the indicator service's API tests: the office's setup calls, which may meet data another
 * test class of the same JVM created already (one database), and a report taken through approval.
 */
public abstract class IndicatorApiTest extends ServiceIntegrationTest {

    /** An office write that creates or finds its object (201, 200, or 409 when it already exists). */
    protected void given(String method, String path, String body) {
        as("office").method(HttpMethod.valueOf(method)).uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(200, 201, 409));
    }

    /**
     * A cycle named by its year with the demo units 汉阴县 HANYIN, 石泉县 SHIQUAN and 市统计局 TJJ, and the section
     * ECON holding GDP, whose lead department is TJJ.
     */
    protected void demoCounty(String year) {
        String cycle = "/api/indicators/v1/cycles/" + year;
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"" + year + "\",\"name\":\"" + year + "年度\",\"year\":"
                + year + "}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"TJJ\",\"name\":\"市统计局\",\"kind\":\"DEPARTMENT\"}");
        given("POST", cycle + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        given("POST", cycle + "/indicators", "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"地区生产总值\",\"leadDepartment\":\"TJJ\"}");
    }

    /** The audit rows of one entity, newest first, as the office reads them. */
    protected WebTestClient.BodyContentSpec auditOf(String entityType, String entityId) {
        return as("office").get().uri(uri -> uri.path("/api/indicators/v1/audit").queryParam("entityType", entityType)
                        .queryParam("entityId", entityId).queryParam("size", 500).build())
                .exchange().expectStatus().isOk().expectBody();
    }

    /** The {@code id} of a created record in a response body. */
    protected static String idOf(String body) {
        return body.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

    /** Drafts a report as the office and takes it through submission, verification and approval; its id. */
    protected String approved(String cycle, String unit, String indicator, String period, String actual) {
        String reports = "/api/indicators/v1/cycles/" + cycle + "/progress-reports";
        String body = as("office").post().uri(reports).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"" + unit + "\",\"indicator\":\"" + indicator + "\",\"period\":\"" + period
                        + "\",\"actual\":" + actual + "}")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        String id = idOf(body);
        String[] steps = {"submission", "verification", "approval"};
        for (int version = 0; version < steps.length; version++) {
            as("office").post().uri(reports + "/" + id + "/" + steps[version])
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"version\":" + version + "}")
                    .exchange().expectStatus().isOk();
        }
        return id;
    }
}
