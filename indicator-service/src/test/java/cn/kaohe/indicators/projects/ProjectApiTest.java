package cn.kaohe.indicators.projects;

import cn.kaohe.indicators.IndicatorApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Key projects: the office plans, the unit reports start, milestones and monthly investment; units stay apart. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/KP-2032";
    private static final String PROJECTS = CYCLE + "/projects";
    private static final String ROAD = PROJECTS + "/HY-ROAD";
    private static boolean prepared;

    @BeforeEach
    void cycleAndUnits() {
        if (prepared) {
            return;
        }
        given("POST", "/api/indicators/v1/cycles", "{\"code\":\"KP-2032\",\"name\":\"2032年度\",\"year\":2032}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"HANYIN\",\"name\":\"汉阴县\",\"kind\":\"COUNTY\"}");
        given("POST", "/api/indicators/v1/units", "{\"code\":\"SHIQUAN\",\"name\":\"石泉县\",\"kind\":\"COUNTY\"}");
        prepared = true;
    }

    private WebTestClient.ResponseSpec send(String user, String method, String path, String body) {
        return as(user).method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    @Order(1)
    void officePlansAProjectWithMilestones() {
        send("office", "POST", PROJECTS, "{\"code\":\"HY-ROAD\",\"unit\":\"HANYIN\",\"name\":\"月河大道改造\","
                + "\"plannedInvestment\":1200,\"plannedStart\":\"2032-03\",\"milestones\":[{\"name\":\"开工\","
                + "\"due\":\"2032-03\"},{\"name\":\"主体完工\",\"due\":\"2032-06\"}]}")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.code").isEqualTo("HY-ROAD")
                .jsonPath("$.plannedInvestment").isEqualTo(1200)
                .jsonPath("$.milestones[1].name").isEqualTo("主体完工")
                .jsonPath("$.milestones[1].done").isEqualTo(false)
                .jsonPath("$.version").isEqualTo(0);
        send("office", "POST", PROJECTS, "{\"code\":\"SQ-PARK\",\"unit\":\"SHIQUAN\",\"name\":\"石泉产业园\","
                + "\"plannedInvestment\":800,\"plannedStart\":\"2032-02\"}")
                .expectStatus().isCreated();
    }

    @Test
    @Order(2)
    void aSecondProjectWithTheSameCodeIsAConflict() {
        send("office", "POST", PROJECTS, "{\"code\":\"HY-ROAD\",\"unit\":\"HANYIN\",\"name\":\"x\","
                + "\"plannedInvestment\":1,\"plannedStart\":\"2032-03\"}")
                .expectStatus().isEqualTo(409);
    }

    @Test
    @Order(3)
    void badPlanIsRefusedNamingEachFieldAndNothingIsWritten() {
        send("office", "POST", PROJECTS, "{\"code\":\"BAD PROJECT\",\"unit\":\"HANYIN\",\"name\":\"\","
                + "\"plannedInvestment\":-5,\"plannedStart\":\"2033-01\",\"milestones\":[{\"name\":\"a\",\"due\":\"2031-12\"},"
                + "{\"name\":\"a\",\"due\":\"2032-13\"}]}")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.path == '$.code')].code").isEqualTo("invalid-code")
                .jsonPath("$.errors[?(@.path == '$.name')].code").isEqualTo("required")
                .jsonPath("$.errors[?(@.path == '$.plannedInvestment')].code").isEqualTo("must-be-positive")
                .jsonPath("$.errors[?(@.path == '$.plannedStart')].code").isEqualTo("outside-cycle")
                .jsonPath("$.errors[?(@.path == '$.milestones[0].due')].code").isEqualTo("outside-cycle")
                .jsonPath("$.errors[?(@.path == '$.milestones[1].name')].code").isEqualTo("duplicate")
                .jsonPath("$.errors[?(@.path == '$.milestones[1].due')].code").isEqualTo("invalid-period");
        send("office", "POST", PROJECTS, "{\"code\":\"NO-UNIT\",\"unit\":\"NOWHERE\",\"name\":\"x\","
                + "\"plannedInvestment\":1,\"plannedStart\":\"2032-03\"}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.unit");
        send("office", "POST", PROJECTS, "{\"code\":\"X\",\"unit\":\"HANYIN\",\"name\":\"x\",\"plannedInvestment\":1,"
                + "\"plannedStart\":\"2032-03\",\"budget\":5}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-field");
        as("office").get().uri(PROJECTS + "/NO-UNIT").exchange().expectStatus().isNotFound();
        as("office").get().uri(PROJECTS + "/X").exchange().expectStatus().isNotFound();
        as("office").get().uri(PROJECTS).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(2);
    }

    @Test
    @Order(4)
    void onlyTheOfficePlans() {
        send("reporter", "POST", PROJECTS, "{\"code\":\"HY-SELF\",\"unit\":\"HANYIN\",\"name\":\"x\","
                + "\"plannedInvestment\":1,\"plannedStart\":\"2032-03\"}")
                .expectStatus().isForbidden();
        send("reporter", "PUT", ROAD, "{\"name\":\"x\",\"plannedInvestment\":1,\"plannedStart\":\"2032-03\",\"version\":0}")
                .expectStatus().isForbidden();
        as("office").get().uri(PROJECTS + "/HY-SELF").exchange().expectStatus().isNotFound();
    }

    @Test
    @Order(5)
    void theReporterReportsTheStartAndAMilestoneTheLeaderMayNot() {
        send("leader", "PUT", ROAD + "/progress", "{\"actualStart\":\"2032-04\",\"version\":0}")
                .expectStatus().isForbidden();
        send("reporter", "PUT", ROAD + "/progress", "{\"milestonesDone\":[\"开工\"],\"version\":0}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.milestonesDone[0]")
                .jsonPath("$.errors[0].code").isEqualTo("not-started");
        send("reporter", "PUT", ROAD + "/progress", "{\"actualStart\":\"2032-04\",\"milestonesDone\":[\"开工\",\"竣工\"],"
                + "\"version\":0}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.milestonesDone[1]");
        as("office").get().uri(ROAD).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.project.actualStart").doesNotExist()
                .jsonPath("$.project.version").isEqualTo(0);
        send("reporter", "PUT", ROAD + "/progress", "{\"actualStart\":\"2032-04\",\"milestonesDone\":[\"开工\"],"
                + "\"version\":0}")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.actualStart").isEqualTo("2032-04")
                .jsonPath("$.milestones[0].done").isEqualTo(true)
                .jsonPath("$.updatedBy").isEqualTo("reporter")
                .jsonPath("$.version").isEqualTo(1);
        as("office").get().uri("/api/indicators/v1/audit?entityType=KEY_PROJECT&entityId=KP-2032/HY-ROAD").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].action").isEqualTo("PROGRESS_REPORTED")
                .jsonPath("$.items[0].actor").isEqualTo("reporter")
                .jsonPath("$.items[0].before.actualStart").doesNotExist()
                .jsonPath("$.items[0].after.actualStart").isEqualTo("2032-04")
                .jsonPath("$.items[1].action").isEqualTo("CREATED");
    }

    @Test
    @Order(6)
    void aStaleVersionIsAConflictWithTheCurrentProject() {
        send("office", "PUT", ROAD, "{\"name\":\"月河大道改造(一期)\",\"plannedInvestment\":1300,"
                + "\"plannedStart\":\"2032-03\",\"milestones\":[{\"name\":\"开工\",\"due\":\"2032-03\"}],\"version\":0}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.version").isEqualTo(1)
                .jsonPath("$.current.actualStart").isEqualTo("2032-04");
        send("office", "PUT", ROAD, "{\"name\":\"月河大道改造(一期)\",\"plannedInvestment\":1200,"
                + "\"plannedStart\":\"2032-03\",\"milestones\":[{\"name\":\"开工\",\"due\":\"2032-03\"},"
                + "{\"name\":\"主体完工\",\"due\":\"2032-06\"}],\"unit\":\"SHIQUAN\",\"version\":1}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.unit");
        send("office", "PUT", ROAD, "{\"name\":\"月河大道改造(一期)\",\"plannedInvestment\":1200,"
                + "\"plannedStart\":\"2032-03\",\"milestones\":[{\"name\":\"开工\",\"due\":\"2032-03\"},"
                + "{\"name\":\"主体完工\",\"due\":\"2032-06\"}],\"version\":1}")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("月河大道改造(一期)")
                .jsonPath("$.milestones[0].done").isEqualTo(true)
                .jsonPath("$.version").isEqualTo(2);
    }

    @Test
    @Order(7)
    void monthlyInvestmentIsReportedFromTheStartOnAndAddsUpAgainstThePlan() {
        send("reporter", "PUT", ROAD + "/investments/2032-03", "{\"amount\":100}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.period")
                .jsonPath("$.errors[0].code").isEqualTo("before-start");
        send("reporter", "PUT", ROAD + "/investments/2032-04", "{\"amount\":-1}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.amount");
        send("reporter", "PUT", ROAD + "/investments/2032-04", "{\"amount\":\"lots\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.amount");
        send("reporter", "PUT", ROAD + "/investments/2033-01", "{\"amount\":1}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("outside-cycle");
        as("office").get().uri(ROAD).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.investments.length()").isEqualTo(0);

        for (String month : new String[] {"04", "05", "06", "07"}) {
            send("reporter", "PUT", ROAD + "/investments/2032-" + month, "{\"amount\":135}")
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.amount").isEqualTo(135).jsonPath("$.reportedBy").isEqualTo("reporter");
        }
        send("office", "PUT", ROAD + "/investments/2032-07", "{\"amount\":140}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.version");
        send("office", "PUT", ROAD + "/investments/2032-07", "{\"amount\":140,\"version\":3}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.current.amount").isEqualTo(135).jsonPath("$.current.version").isEqualTo(0);
        send("office", "PUT", ROAD + "/investments/2032-07", "{\"amount\":140,\"version\":0}")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.amount").isEqualTo(140).jsonPath("$.version").isEqualTo(1);

        // 135 × 3 + 140 = 545 of 1200 after July; expected 5 of 10 months from March
        as("leader").get().uri(ROAD + "?asOf=2032-07").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.standing.completedInvestment").isEqualTo(545)
                .jsonPath("$.standing.completion").isEqualTo(0.4542)
                .jsonPath("$.standing.expectedShare").isEqualTo(0.5)
                .jsonPath("$.standing.gap").isEqualTo(-4.58)
                .jsonPath("$.standing.startStatus").isEqualTo("STARTED")
                .jsonPath("$.standing.overdueMilestones").isEqualTo(1)
                .jsonPath("$.investments.length()").isEqualTo(4);
        as("office").get().uri(PROJECTS + "?asOf=2032-05").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].project.code").isEqualTo("HY-ROAD")
                .jsonPath("$.items[0].standing.completedInvestment").isEqualTo(270)
                .jsonPath("$.items[1].project.code").isEqualTo("SQ-PARK")
                .jsonPath("$.items[1].standing.startStatus").isEqualTo("DUE_NOT_STARTED")
                .jsonPath("$.items[1].standing.monthsLate").isEqualTo(3)
                .jsonPath("$.items[1].standing.startWarning").isEqualTo("RED");
    }

    @Test
    @Order(8)
    void aUnitUserNeverSeesNorWritesAnotherUnitsProjects() {
        as("reporter2").get().uri(PROJECTS).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].project.unit").isEqualTo("SHIQUAN");
        as("reporter2").get().uri(PROJECTS + "?unit=HANYIN").exchange().expectStatus().isForbidden();
        as("reporter2").get().uri(ROAD).exchange().expectStatus().isNotFound();
        send("reporter2", "PUT", ROAD + "/progress", "{\"actualStart\":\"2032-05\",\"version\":2}")
                .expectStatus().isNotFound();
        send("reporter2", "PUT", ROAD + "/investments/2032-08", "{\"amount\":1}").expectStatus().isNotFound();
        as("office").get().uri(ROAD).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.project.actualStart").isEqualTo("2032-04")
                .jsonPath("$.investments.length()").isEqualTo(4);
        as("analyst").get().uri(PROJECTS).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(2);
    }

    @Test
    @Order(9)
    void aRetriedCreationWithTheSameIdempotencyKeyCreatesOneProject() {
        String body = "{\"code\":\"HY-SCHOOL\",\"unit\":\"HANYIN\",\"name\":\"城关小学\",\"plannedInvestment\":300,"
                + "\"plannedStart\":\"2032-05\"}";
        for (int attempt = 0; attempt < 2; attempt++) {
            as("office").post().uri(PROJECTS).header("Idempotency-Key", "project-hy-school")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isCreated()
                    .expectBody().jsonPath("$.code").isEqualTo("HY-SCHOOL");
        }
        as("office").get().uri(PROJECTS + "?unit=HANYIN").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(2);
    }
}
