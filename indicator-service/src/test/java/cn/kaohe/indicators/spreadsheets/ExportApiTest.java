package cn.kaohe.indicators.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.indicators.IndicatorApiTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** The time schedule and the warnings as xlsx and csv: streamed, parseable, unit users see only their rows. */
class ExportApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2036";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static boolean prepared;

    @BeforeEach
    void aCycleWithLaggards() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"2036\",\"name\":\"2036年度\",\"year\":2036}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"TJJ\",\"name\":\"市统计局\",\"kind\":\"DEPARTMENT\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ECON\",\"level\":\"SECTION\",\"name\":\"经济发展\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"GDP\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"地区生产总值\",\"unitOfMeasure\":\"亿元\"}");
        given("POST", CYCLE + "/indicators", "{\"code\":\"ACC\",\"level\":\"INDICATOR\",\"parent\":\"ECON\","
                + "\"name\":\"事故,起数\",\"direction\":\"LOWER_BETTER\"}");
        given("PUT", CYCLE + "/units/HANYIN/targets/GDP", "{\"target\":100,\"coUnits\":[\"TJJ\"]}");
        given("PUT", CYCLE + "/units/HANYIN/targets/ACC", "{\"target\":5}");
        given("PUT", CYCLE + "/units/SHIQUAN/targets/GDP", "{\"target\":100}");
        approved("2036", "HANYIN", "GDP", "2036-06", "30");
        approved("2036", "HANYIN", "ACC", "2036-06", "4.5");
        approved("2036", "SHIQUAN", "GDP", "2036-06", "55");
        given("POST", CYCLE + "/projects", "{\"code\":\"SQ-DAM\",\"unit\":\"SHIQUAN\",\"name\":\"=水库\","
                + "\"plannedInvestment\":900,\"plannedStart\":\"2036-02\"}");
        given("POST", CYCLE + "/warnings/rounds", "{\"period\":\"2036-06\"}");
        prepared = true;
    }

    private EntityExchangeResult<byte[]> download(String user, String path) {
        return as(user).get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("Content-Length")
                .expectBody().returnResult();
    }

    /** Unit names as they are now (other test classes of this JVM rename the shared demo units). */
    private String name(String unit) {
        String body = as("office").get().uri("/api/indicators/v1/units/" + unit).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return body.replaceAll("(?s).*\"name\":\"([^\"]*)\".*", "$1");
    }

    @Test
    void theScheduleAsXlsxHasEveryLineWithNamesAndExactNumbers() {
        EntityExchangeResult<byte[]> result = download("office", CYCLE + "/schedule/export?period=2036-06");
        assertThat(result.getResponseHeaders().getContentType().toString()).isEqualTo(XLSX);
        assertThat(result.getResponseHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename*=UTF-8''%E5%BA%8F%E6%97%B6%E8%BF%9B%E5%BA%A6%E8%A1%A8-2036-2036-06.xlsx");

        List<List<String>> rows = SheetText.of(result.getResponseBody()).get("序时进度表");

        assertThat(rows.get(0).get(0)).contains("2036").contains("2036-06");
        assertThat(rows.get(1)).startsWith("单位代码 Unit", "单位名称 Unit name", "指标代码 Indicator");
        assertThat(rows).hasSize(2 + 3);
        assertThat(rows.get(3)).startsWith("HANYIN", name("HANYIN"), "GDP", "地区生产总值", "亿元", "100", "30", "2036-06",
                "0.3", "0.5", "-20", "红 RED", "HANYIN", "TJJ");
        assertThat(rows.get(2)).contains("ACC", "事故,起数", "4.5", "黄 YELLOW");
        assertThat(rows.get(4)).startsWith("SHIQUAN", name("SHIQUAN"), "GDP").contains("绿 GREEN");
    }

    @Test
    void aUnitReporterGetsOnlyItsOwnUnitsScheduleAsCsv() {
        EntityExchangeResult<byte[]> result = download("reporter2", CYCLE + "/schedule/export?period=2036-06&format=csv");
        assertThat(result.getResponseHeaders().getContentType().toString()).startsWith("text/csv");
        String csv = new String(result.getResponseBody(), StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF单位代码 Unit,单位名称 Unit name");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("SHIQUAN," + name("SHIQUAN") + ",GDP,地区生产总值,亿元,100,55,2036-06,0.55");
    }

    @Test
    void theWarningsTableListsIndicatorAndProjectWarnings() {
        EntityExchangeResult<byte[]> result = download("office", CYCLE + "/warnings/export");
        List<List<String>> rows = SheetText.of(result.getResponseBody()).get("预警表");

        assertThat(rows).hasSize(2 + 3);
        assertThat(rows.subList(2, 5)).anySatisfy(row -> assertThat(row)
                .startsWith("指标 INDICATOR", "HANYIN", name("HANYIN"), "GDP", "地区生产总值", "红 RED", "-20")
                .contains("已发出 ISSUED", "HANYIN、TJJ"));
        assertThat(rows.get(4)).startsWith("重点项目 PROJECT", "SHIQUAN", name("SHIQUAN"), "SQ-DAM", "=水库", "红 RED")
                .contains("4", "2036-06");
    }

    @Test
    void aUnitUserGetsOnlyTheWarningsOfItsUnitAndCsvDefusesFormulas() {
        String hanyin = new String(download("reporter", CYCLE + "/warnings/export?format=csv").getResponseBody(),
                StandardCharsets.UTF_8);
        assertThat(hanyin.lines().skip(1).toList()).hasSize(2).allSatisfy(line -> assertThat(line).contains(",HANYIN,"));

        String shiquan = new String(download("reporter2", CYCLE + "/warnings/export?format=csv").getResponseBody(),
                StandardCharsets.UTF_8);
        List<String> lines = shiquan.lines().skip(1).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("重点项目 PROJECT,SHIQUAN," + name("SHIQUAN") + ",SQ-DAM,'=水库,红 RED");

        String stats = new String(download("stats", CYCLE + "/warnings/export?format=csv&status=ISSUED")
                .getResponseBody(), StandardCharsets.UTF_8);
        assertThat(stats.lines().skip(1).toList()).hasSize(3);
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        as("office").get().uri(CYCLE + "/schedule/export?period=2036-13").exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.period");
        as("office").get().uri(CYCLE + "/schedule/export?period=2036-06&format=pdf").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.format");
        as("office").get().uri(CYCLE + "/warnings/export?status=LOST").exchange()
                .expectStatus().isBadRequest();
        as("office").get().uri("/api/indicators/v1/cycles/1998/warnings/export").exchange()
                .expectStatus().isNotFound();
        anonymous().get().uri(CYCLE + "/warnings/export").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theSheetNamesAreWhatTheTemplateOfTheOfficeExpects() {
        Map<String, List<List<String>>> sheets = SheetText.of(download("analyst", CYCLE + "/warnings/export?format=xlsx")
                .getResponseBody());
        assertThat(sheets).containsOnlyKeys("预警表");
    }
}
