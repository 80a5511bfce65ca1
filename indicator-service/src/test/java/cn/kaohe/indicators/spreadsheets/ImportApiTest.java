package cn.kaohe.indicators.spreadsheets;

import static cn.kaohe.indicators.spreadsheets.Workbooks.upload;
import static cn.kaohe.indicators.spreadsheets.Workbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.indicators.IndicatorApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Excel import: the template imports as it is; any error imports nothing and lists every offending cell. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportApiTest extends IndicatorApiTest {

    private static final String API = "/api/indicators/v1/cycles/";
    private static boolean prepared;

    @BeforeEach
    void cyclesAndUnits() {
        if (prepared) {
            return;
        }
        for (String cycle : new String[] {"2034", "2035"}) {
            given("POST", "/api/indicators/v1/cycles", "{\"code\":\"" + cycle + "\",\"name\":\"" + cycle
                    + "年度\",\"year\":" + cycle + "}");
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"LATE-2035\",\"name\":\"x\",\"year\":2035}");
        for (String[] unit : new String[][] {{"HANYIN", "汉阴县", "COUNTY"}, {"SHIQUAN", "石泉县", "COUNTY"},
                {"TJJ", "市统计局", "DEPARTMENT"}, {"FGW", "市发展和改革委员会", "DEPARTMENT"}}) {
            given("POST", "/api/indicators/v1/units", "{\"code\":\"" + unit[0] + "\",\"name\":\"" + unit[1]
                    + "\",\"kind\":\"" + unit[2] + "\"}");
        }
        prepared = true;
    }

    private WebTestClient.ResponseSpec importInto(String user, String cycle, byte[] file, String name) {
        return as(user).post().uri(API + cycle + "/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(upload(file, name))).exchange();
    }

    @Test
    @Order(1)
    void theTemplateInSeedsImportsAsItIs() throws Exception {
        byte[] template = Files.readAllBytes(Path.of(System.getProperty("kaohe.project.root", ".."),
                "seeds", "import-template.xlsx"));

        importInto("office", "2034", template, "import-template.xlsx")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.indicators").isEqualTo(5)
                .jsonPath("$.targets").isEqualTo(4)
                .jsonPath("$.file").isEqualTo("import-template.xlsx");

        as("office").get().uri(API + "2034/indicators/FAI").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.parent").isEqualTo("ECON").jsonPath("$.schedule[8]").isEqualTo(0.74)
                .jsonPath("$.leadDepartment").isEqualTo("FGW");
        as("office").get().uri(API + "2034/indicators/SAFETY_PROD").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.direction").isEqualTo("LOWER_BETTER");
        as("reporter").get().uri(API + "2034/units/HANYIN/targets").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.targets.length()").isEqualTo(3)
                .jsonPath("$.targets[?(@.indicator == 'GDP')].target").isEqualTo(65.2)
                .jsonPath("$.targets[?(@.indicator == 'GDP')].points").isEqualTo(10)
                .jsonPath("$.targets[?(@.indicator == 'GDP')].coUnits[0]").isEqualTo("TJJ")
                .jsonPath("$.targets[?(@.indicator == 'GDP')].updatedBy").isEqualTo("office");
        as("reporter2").get().uri(API + "2034/units/SHIQUAN/targets").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.targets[0].coUnits.length()").isEqualTo(2);
    }

    @Test
    @Order(2)
    void aWorkbookWithErrorsImportsNothingAndNamesEveryOffendingCell() {
        byte[] file = workbook()
                .indicator("ECON", null, "SECTION", "经济发展")
                .indicator("GDP", "ECON", "INDICATOR", "地区生产总值", "亿元", "HIGHER_BETTER", "TJJ", "MONTHLY", 1)
                .indicator("GDP", "ECON", "INDICATOR", "重复", "亿元")
                .indicator("IND", "NOPE", "二级", "规上工业")
                .indicator("RETAIL", "ECON", "LEVEL_X", "社零")
                .indicator("FAI", "ECON", "INDICATOR", "固投", "亿元", null, null, null, null, 0.1, 0.2)
                .target("HANYIN", "GDP", 65.2)
                .target("NOWHERE", "GDP", 10)
                .target("SHIQUAN", "GDP", -3)
                .target("SHIQUAN", "ECON", 5)
                .target("TJJ", "GDP", "很多", null, null, "TJJ、XYZ")
                .bytes();

        importInto("office", "2035", file, "errors.xlsx")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errorCount").isEqualTo(9)
                .jsonPath("$.errors.length()").isEqualTo(9)
                .jsonPath("$.cells[0].sheet").isEqualTo("指标体系 Indicators")
                .jsonPath("$.cells[?(@.sheet == '指标体系 Indicators' && @.row == 4 && @.column == 'A')].code").isEqualTo("duplicate")
                .jsonPath("$.cells[?(@.sheet == '指标体系 Indicators' && @.row == 5 && @.column == 'B')].code").isEqualTo("unknown-indicator")
                .jsonPath("$.cells[?(@.sheet == '指标体系 Indicators' && @.row == 6 && @.column == 'C')].code").isEqualTo("unknown-value")
                .jsonPath("$.cells[?(@.sheet == '指标体系 Indicators' && @.row == 7 && @.column == 'J')].code").isEqualTo("twelve-months")
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.row == 3)].column").isEqualTo("A")
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.row == 3)].code").isEqualTo("unknown-unit")
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.row == 4)].columnName").isEqualTo("target")
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.row == 4)].record").isEqualTo("SHIQUAN/GDP")
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.row == 5)].code").isEqualTo("not-a-leaf")
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.row == 6 && @.column == 'C')].code")
                .isEqualTo("not-a-number")
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.row == 6 && @.column == 'F')].code")
                .isEqualTo("unknown-unit")
                .jsonPath("$.errors[?(@.path == \"'目标 Targets'!A3\")].code").isEqualTo("unknown-unit");

        as("office").get().uri(API + "2035/indicators").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
        as("office").get().uri(API + "2035/units/HANYIN/targets").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.targets.length()").isEqualTo(0);
    }

    @Test
    @Order(3)
    void aLongErrorListIsCappedAndCountsEveryError() {
        Workbooks file = workbook().indicator("ECON", null, "SECTION", "经济发展")
                .indicator("GDP", "ECON", "INDICATOR", "地区生产总值");
        for (int row = 0; row < 150; row++) {
            file.target("NOWHERE-" + row, "GDP", 1);
        }

        importInto("office", "2035", file.bytes(), "many.xlsx")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errorCount").isEqualTo(150)
                .jsonPath("$.errorsListed").isEqualTo(100)
                .jsonPath("$.errors.length()").isEqualTo(100)
                .jsonPath("$.cells[99].row").isEqualTo(101);
        as("office").get().uri(API + "2035/indicators").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    @Order(4)
    void aDuplicatePairInTheSheetIsAnErrorAndNothingIsImported() {
        byte[] file = workbook().indicator("ECON", null, "SECTION", "经济发展")
                .indicator("GDP", "ECON", "INDICATOR", "地区生产总值")
                .target("HANYIN", "GDP", 1).target("SHIQUAN", "GDP", 2).target("HANYIN", "GDP", 3).bytes();

        importInto("office", "2035", file, "twice.xlsx")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errorCount").isEqualTo(1)
                .jsonPath("$.cells[0].row").isEqualTo(4).jsonPath("$.cells[0].column").isEqualTo("B")
                .jsonPath("$.cells[0].code").isEqualTo("duplicate");
        as("office").get().uri(API + "2035/units/SHIQUAN/targets").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.targets.length()").isEqualTo(0);
    }

    @Test
    @Order(5)
    void existingIndicatorsAndTargetsAndSignedLettersAreErrorsNotOverwrites() {
        as("office").post().uri(API + "2034/units/SHIQUAN/letter/signature").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isOk();
        byte[] again = workbook().indicator("GDP", "ECON", "INDICATOR", "地区生产总值")
                .target("HANYIN", "GDP", 99).target("SHIQUAN", "FAI", 1).target("HANYIN", "SAFETY_PROD", 2).bytes();

        importInto("office", "2034", again, "again.xlsx")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errorCount").isEqualTo(4)
                .jsonPath("$.cells[0].code").isEqualTo("exists")
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.row == 2)].code").isEqualTo("exists")
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.row == 3)].code").isEqualTo("letter-signed")
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.row == 4)].code").isEqualTo("exists");
        as("office").get().uri(API + "2034/units/HANYIN/targets").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.targets[?(@.indicator == 'GDP')].target").isEqualTo(65.2);
    }

    @Test
    @Order(6)
    void aShiftedColumnIsCaughtByTheHeaderRow() {
        byte[] file = workbook().withoutHeaders().indicator("ECON", null, "SECTION", "经济发展")
                .target("单位代码 unit", "目标值 target", "指标代码 indicator").target("HANYIN", 5, "GDP").bytes();

        importInto("office", "2035", file, "shifted.xlsx")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.cells[?(@.sheet == '目标 Targets' && @.column == 'B')].code").isEqualTo("unexpected-header")
                .jsonPath("$.cells[?(@.sheet == '指标体系 Indicators')].code").isEqualTo("missing-header");
    }

    @Test
    @Order(7)
    void onlyTheOfficeImportsAndOnlyXlsx() {
        byte[] file = workbook().indicator("ECON", null, "SECTION", "经济发展").bytes();
        importInto("reporter", "2035", file, "mine.xlsx").expectStatus().isForbidden();
        importInto("analyst", "2035", file, "mine.xlsx").expectStatus().isForbidden();
        importInto("office", "2035", "unit,indicator,target\nHANYIN,GDP,1\n".getBytes(), "targets.csv")
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.file");
        importInto("office", "2035", new byte[] {'P', 'K', 3, 4, 0, 0}, "broken.xlsx")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("unreadable-workbook");
        importInto("office", "1999", file, "nocycle.xlsx").expectStatus().isNotFound();
        as("office").get().uri(API + "2035/indicators").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    @Order(8)
    void aCorrectWorkbookImportsEverythingInOneGo() {
        Workbooks file = workbook().indicator("ECON", null, "一级", "经济发展")
                .indicator("GDP", "ECON", "二级", "地区生产总值", "亿元", "正向", "TJJ", "月", 1)
                .indicator("ACC", "ECON", "INDICATOR", "事故", "起", "逆向");
        for (String unit : new String[] {"HANYIN", "SHIQUAN", "TJJ", "FGW"}) {
            file.target(unit, "GDP", "12.5").target(unit, "ACC", 3, 2.5);
        }

        importInto("office", "2035", file.bytes(), "good.xlsx")
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.indicators").isEqualTo(3).jsonPath("$.targets").isEqualTo(8);
        String tree = as("office").get().uri(API + "2035/indicators").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(tree).contains("\"code\":\"ACC\"").contains("\"direction\":\"LOWER_BETTER\"");
        as("office").get().uri(API + "2035/units/FGW/targets").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.targets[?(@.indicator == 'ACC')].points").isEqualTo(2.5)
                .jsonPath("$.targets[?(@.indicator == 'GDP')].target").isEqualTo(12.5);
    }

    @Test
    @Order(9)
    void theTemplateIsServedToAnyUser() {
        byte[] body = as("reporter").get().uri("/api/indicators/v1/spreadsheets/import-template").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename\\*=UTF-8''.+\\.xlsx")
                .expectBody().returnResult().getResponseBody();
        assertThat(SheetText.of(body)).containsKeys("指标体系 Indicators", "目标 Targets", "说明 README");
    }

    @Test
    @Order(10)
    void anErrorAfterThousandsOfCopiedRowsRollsThemBackToo() {
        Workbooks file = workbook().indicator("ECON", null, "SECTION", "经济发展");
        for (int i = 0; i < 800; i++) {
            file.indicator("I" + i, "ECON", "INDICATOR", "指标" + i);
        }
        for (String unit : new String[] {"HANYIN", "SHIQUAN", "TJJ", "FGW"}) {
            for (int i = 0; i < 800; i++) {
                file.target(unit, "I" + i, i + 0.5, null, null, "TJJ");
            }
        }
        file.target("HANYIN", "I0", 1);

        importInto("office", "LATE-2035", file.bytes(), "late.xlsx")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errorCount").isEqualTo(1)
                .jsonPath("$.cells[0].row").isEqualTo(3202).jsonPath("$.cells[0].code").isEqualTo("duplicate");

        as("office").get().uri(API + "LATE-2035/indicators").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
        as("office").get().uri(API + "LATE-2035/units/FGW/targets").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.targets.length()").isEqualTo(0);
    }
}
