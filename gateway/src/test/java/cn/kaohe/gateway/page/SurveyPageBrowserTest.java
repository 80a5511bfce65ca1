package cn.kaohe.gateway.page;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.defaults.test.TestServiceProcess;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey page in a real headless Chromium at a phone's viewport (360 × 740), through this gateway,
 * with the evaluation service running from its jar on the real PostgreSQL: a respondent opens the link,
 * answers, submits, sees the confirmation; the database holds each answer exactly once. Reported as
 * skipped where Debian's chromium and chromium-driver are not installed (.ci/run installs them).
 */
@EnabledIf(value = "chromiumInstalled",
        disabledReason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver fonts-noto-cjk)")
class SurveyPageBrowserTest extends ServiceIntegrationTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("kaohe.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("kaohe.chromedriver", "/usr/bin/chromedriver"));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SURVEYS = "/api/evaluations/v1/surveys";

    private static TestServiceProcess evaluations;
    private static WebDriver browser;

    /** Where chromium is missing, every test here is reported skipped (and no service is started). */
    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("kaohe.services.evaluations", () -> evaluationService().baseUrl());
        registry.add("kaohe.services.indicators", () -> "http://127.0.0.1:9");
        registry.add("kaohe.services.scoring", () -> "http://127.0.0.1:9");
        // the browser and the test share one address; the per-address limit has its own test
        registry.add("kaohe.gateway.public-rate.burst", () -> 1000);
        registry.add("kaohe.gateway.public-rate.per-second", () -> 100);
    }

    private static synchronized TestServiceProcess evaluationService() {
        if (evaluations == null) {
            evaluations = TestServiceProcess.start("evaluation-service");
        }
        return evaluations;
    }

    private static synchronized WebDriver browser() throws IOException {
        if (browser == null) {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--lang=zh-CN");
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", 360, "height", 740, "pixelRatio", 2.0),
                    "userAgent", "Mozilla/5.0 (Linux; Android 13; Phone) AppleWebKit/537.36 (KHTML, like Gecko)"
                            + " Chrome/156.0 Mobile Safari/537.36"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            browser = new ChromeDriver(service, options);
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        }
        return browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void aDeputyAnswersEveryUnitOfAnInvitationOnAPhoneAndEachIsStoredOnce() throws Exception {
        String survey = openSurvey("DEPUTIES", false);
        String token = invitationToken(survey);
        WebDriver page = freshPhone();

        page.get(url("/s/" + token));
        waitForHeading(page, "汉阴县");
        assertThat(page.findElement(By.id("progress")).getText()).isEqualTo("第 1/2 个");
        assertThat(page.findElement(By.tagName("h2")).getText()).isEqualTo("汉阴县");
        choose(page, "Q1", "SATISFIED");
        choose(page, "Q2", "FAIRLY_SATISFIED");

        // a reload resumes with the answers chosen so far
        page.navigate().refresh();
        waitForHeading(page, "汉阴县");
        assertThat(chosen(page, "Q1")).isEqualTo("SATISFIED");
        assertThat(chosen(page, "Q2")).isEqualTo("FAIRLY_SATISFIED");

        // a required question left open is named, and nothing is sent
        submitButton(page).click();
        assertThat(page.findElement(By.id("err-Q3")).getText()).contains("必答");
        assertThat(responses(survey)).isZero();

        choose(page, "Q3", "UNKNOWN");
        submitButton(page).click();
        waitForHeading(page, "石泉县");
        assertThat(page.findElement(By.id("status")).getText()).isEqualTo("✓ 已提交:汉阴县");
        assertThat(page.findElement(By.id("progress")).getText()).isEqualTo("第 2/2 个");
        choose(page, "Q1", "BASICALLY_SATISFIED");
        choose(page, "Q2", "SATISFIED");
        choose(page, "Q3", "DISSATISFIED");
        ((JavascriptExecutor) page).executeScript("window.scrollTo(0, 0);");
        screenshot(page, "survey-invitation-phone.png");
        submitButton(page).click();
        waitForHeading(page, "感谢您的参与");

        assertThat(responses(survey)).isEqualTo(2);
        assertThat(count("SELECT count(DISTINCT unit_code) FROM response WHERE survey_id = ?::uuid", survey)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id"
                + " WHERE r.survey_id = ?::uuid", survey)).isEqualTo(6);
        assertThat(ok(as("office").get().uri(SURVEYS + "/" + survey + "/responses?unit=HANYIN").exchange()))
                .containsEntry("total", 1);

        page.get(url("/s/" + token));
        waitForHeading(page, "感谢您的参与");
    }

    @Test
    void aRetryAfterALostAnswerStoresTheUnitOnce() throws Exception {
        String survey = openSurvey("DEPUTIES", false);
        String token = invitationToken(survey);
        WebDriver page = freshPhone();
        page.get(url("/s/" + token));
        waitForHeading(page, "汉阴县");
        choose(page, "Q1", "SATISFIED");
        choose(page, "Q2", "SATISFIED");
        choose(page, "Q3", "SATISFIED");
        // The page's key for the unit, as it keeps it from the first attempt on (set here to know it).
        ((JavascriptExecutor) page).executeScript("var name = Object.keys(localStorage)"
                + ".filter(function (k) { return k.indexOf('kaohe-survey-') === 0; })[0];"
                + "var state = JSON.parse(localStorage.getItem(name)); state.keys.HANYIN = 's-lost-answer-1';"
                + "localStorage.setItem(name, JSON.stringify(state));");
        page.navigate().refresh();
        waitForHeading(page, "汉阴县");
        // That attempt reached the service, but its answer never reached the phone.
        Object lost = ((JavascriptExecutor) page).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/api/evaluations/v1/public/invitations/" + token + "/responses', {method: 'POST',"
                + "  headers: {'Content-Type': 'application/json', 'Idempotency-Key': 's-lost-answer-1'},"
                + "  body: JSON.stringify({unit: 'HANYIN', answers: [{question: 'Q1', option: 'SATISFIED'},"
                + "    {question: 'Q2', option: 'SATISFIED'}, {question: 'Q3', option: 'SATISFIED'}]})})"
                + ".then(function (r) { done(r.status); });");
        assertThat(lost).isEqualTo(201L);
        assertThat(responses(survey)).isEqualTo(1);

        // the respondent taps submit again: the same key replays the first receipt
        submitButton(page).click();
        waitForHeading(page, "石泉县");

        assertThat(page.findElement(By.id("status")).getText()).isEqualTo("✓ 已提交:汉阴县");
        assertThat(responses(survey)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = 's-lost-answer-1'"))
                .isEqualTo(1);
    }

    @Test
    void offlineThePageSaysSoAndSubmitsOnceTheNetworkIsBack() throws Exception {
        String survey = openSurvey("DEPUTIES", false);
        String token = invitationToken(survey);
        ChromeDriver page = (ChromeDriver) freshPhone();
        page.get(url("/s/" + token));
        waitForHeading(page, "汉阴县");
        choose(page, "Q1", "SATISFIED");
        choose(page, "Q2", "SATISFIED");
        choose(page, "Q3", "FAIRLY_SATISFIED");
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        page.setNetworkConditions(offline);
        try {
            submitButton(page).click();
            new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("status"), "网络连接失败"));
            assertThat(responses(survey)).isZero();
        } finally {
            page.deleteNetworkConditions();
        }

        waitForHeading(page, "石泉县");
        assertThat(responses(survey)).isEqualTo(1);
    }

    @Test
    void aCitizenPicksUnitsOfAPublicLinkAndThePageSolvesItsProofOfWork() throws Exception {
        String survey = openSurvey("PUBLIC", true);
        Map<String, Object> link = read(as("office").post().uri(SURVEYS + "/" + survey + "/public-links")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"group\": \"PUBLIC\", \"proofOfWorkBits\": 16}")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
        String address = (String) link.get("link");
        WebDriver page = freshPhone();

        page.get(url("/s/p/" + address.substring(address.lastIndexOf('/') + 1)));
        new WebDriverWait(page, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[type=checkbox][value=SHIQUAN]")));
        screenshot(page, "survey-public-link-phone.png");
        page.findElement(By.cssSelector("button.btn")).click();
        assertThat(page.findElement(By.id("unit-err")).getText()).contains("至少选择");
        label(page.findElement(By.cssSelector("input[type=checkbox][value=SHIQUAN]"))).click();
        page.findElement(By.cssSelector("button.btn")).click();
        waitForHeading(page, "石泉县");
        assertThat(page.findElement(By.id("progress")).getText()).isEqualTo("第 1/1 个");
        choose(page, "Q1", "SATISFIED");
        choose(page, "Q2", "SATISFIED");
        choose(page, "Q3", "FAIRLY_SATISFIED");
        submitButton(page).click();
        waitForHeading(page, "感谢您的参与");

        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid AND unit_code = 'SHIQUAN'"
                + " AND public_link_id IS NOT NULL AND device_id IS NOT NULL AND client_address = '127.0.0.1'", survey))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM proof_of_work_use WHERE link_id = ?::uuid", link.get("id"))).isEqualTo(1);
        assertThat(responses(survey)).isEqualTo(1);
        Map<String, Object> scores = ok(as("office").get().uri(SURVEYS + "/" + survey + "/scores/SHIQUAN").exchange());
        // (100 + 100 + 80) / 3, the one public response with a minimum of 1
        assertThat(scores).containsEntry("score", 93.33);

        // back on the link, this device may still rate the unit it left out, and not the one it rated
        page.navigate().refresh();
        waitForHeading(page, "感谢您的参与");
        page.findElement(By.cssSelector("main button.btn")).click();
        new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[type=checkbox][value=HANYIN]")));
        assertThat(page.findElement(By.cssSelector("input[value=SHIQUAN]")).isEnabled()).isFalse();
        assertThat(page.findElement(By.cssSelector("input[value=HANYIN]")).isEnabled()).isTrue();
    }

    @Test
    void aClosedSurveyAndAnInvalidLinkSayWhy() throws Exception {
        String survey = openSurvey("DEPUTIES", false);
        String token = invitationToken(survey);
        Map<String, Object> current = ok(as("office").get().uri(SURVEYS + "/" + survey).exchange());
        as("office").post().uri(SURVEYS + "/" + survey + "/closing").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\": " + current.get("version") + "}").exchange().expectStatus().isOk();
        WebDriver page = freshPhone();

        page.get(url("/s/" + token));
        waitForHeading(page, "评价已结束");
        screenshot(page, "survey-closed-phone.png");

        page.get(url("/s/" + "A".repeat(32)));
        waitForHeading(page, "链接无效");
        page.get(url("/s/p/" + "B".repeat(32)));
        waitForHeading(page, "链接无效");
    }

    @Test
    void theServiceRecordsTheAddressTheGatewaySawNotTheOneAClientClaims() throws Exception {
        String survey = openSurvey("DEPUTIES", false);
        String token = invitationToken(survey);
        // a client on 127.0.0.2 (the gateway reaches the service from 127.0.0.1) claiming another address
        WebTestClient fromElsewhere = WebTestClient.bindToServer(new ReactorClientHttpConnector(
                HttpClient.create().bindAddress(() -> new InetSocketAddress("127.0.0.2", 0))))
                .baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();

        fromElsewhere.post().uri("/api/evaluations/v1/public/invitations/" + token + "/responses")
                .contentType(MediaType.APPLICATION_JSON).header("X-Forwarded-For", "203.0.113.77")
                .bodyValue("{\"unit\": \"HANYIN\", \"answers\": [{\"question\": \"Q1\", \"option\": \"SATISFIED\"},"
                        + " {\"question\": \"Q2\", \"option\": \"SATISFIED\"}, {\"question\": \"Q3\", \"option\": \"SATISFIED\"}]}")
                .exchange().expectStatus().isCreated();

        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid AND client_address = '127.0.0.2'",
                survey)).isEqualTo(1);
    }

    // ---- the office's setup through the gateway ----

    private String openSurvey(String group, boolean publicMinimumOne) {
        String units = "[{\"code\":\"HANYIN\",\"name\":\"汉阴县\"},{\"code\":\"SHIQUAN\",\"name\":\"石泉县\"}]";
        String cycle = "B" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String body = "{\"cycle\":\"" + cycle + "\",\"code\":\"PAGE\",\"title\":\"2024年度社会评价(演示)\","
                + "\"description\":\"请根据您的了解如实评价,约需 2 分钟。\","
                + "\"questions\":[{\"code\":\"Q1\",\"text\":\"工作作风满意度\"},{\"code\":\"Q2\",\"text\":\"服务质量满意度\"},"
                + "{\"code\":\"Q3\",\"text\":\"廉洁自律满意度\"}],"
                + "\"groups\":[{\"code\":\"" + group + "\",\"name\":\"" + ("PUBLIC".equals(group) ? "群众" : "两代表一委员")
                + "\",\"weight\":1," + (publicMinimumOne ? "\"minimumResponses\":1," : "") + "\"units\":" + units + "}]}";
        Map<String, Object> survey = read(as("office").post().uri(SURVEYS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(String.class).returnResult()
                .getResponseBody());
        as("office").post().uri(SURVEYS + "/" + survey.get("id") + "/opening").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\": " + survey.get("version") + "}").exchange().expectStatus().isOk();
        return (String) survey.get("id");
    }

    @SuppressWarnings("unchecked")
    private String invitationToken(String survey) {
        as("office").post().uri(SURVEYS + "/" + survey + "/invitations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"group\": \"DEPUTIES\", \"count\": 1}").exchange().expectStatus().isCreated();
        Map<String, Object> item = ((List<Map<String, Object>>) ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/invitations").exchange()).get("items")).get(0);
        String link = (String) ok(as("office").get().uri(SURVEYS + "/" + survey + "/invitations/" + item.get("id"))
                .exchange()).get("link");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    // ---- the phone ----

    /** The browser as a phone that never opened a survey: no saved progress, no device id. */
    private WebDriver freshPhone() throws IOException {
        WebDriver page = browser();
        page.get(url("/s/assets/survey.js"));
        ((JavascriptExecutor) page).executeScript("localStorage.clear();");
        return page;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static void waitForHeading(WebDriver page, String text) {
        // the page re-renders as it goes: a heading found a moment ago may be gone, so look again
        new WebDriverWait(page, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("h1, h2")).stream()
                        .anyMatch(heading -> heading.getText().contains(text)));
    }

    private static WebElement label(WebElement input) {
        return input.findElement(By.xpath("./ancestor::label"));
    }

    /** Taps the option's label, as a thumb would (the whole row is the target). */
    private static void choose(WebDriver page, String question, String option) {
        label(page.findElement(By.cssSelector("input[name='q-" + question + "'][value='" + option + "']"))).click();
    }

    private static String chosen(WebDriver page, String question) {
        return page.findElements(By.cssSelector("input[name='q-" + question + "']")).stream()
                .filter(WebElement::isSelected).map(input -> input.getDomAttribute("value")).findFirst().orElse(null);
    }

    private static WebElement submitButton(WebDriver page) {
        return page.findElement(By.cssSelector("main button.btn"));
    }

    private static void screenshot(WebDriver page, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        File shot = ((ChromeDriver) page).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    // ---- what was stored ----

    private static long responses(String survey) throws SQLException {
        return count("SELECT count(*) FROM response WHERE survey_id = ?::uuid", survey);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return TestPostgres.get().number("evaluations", sql, parameters);
    }

    private static Map<String, Object> read(String body) {
        return JSON.readValue(body, new TypeReference<Map<String, Object>>() { });
    }

    private static Map<String, Object> ok(WebTestClient.ResponseSpec spec) {
        return read(spec.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }
}
