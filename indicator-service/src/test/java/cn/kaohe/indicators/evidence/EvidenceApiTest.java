package cn.kaohe.indicators.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.indicators.IndicatorApiTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** 佐证材料: uploads checked by content and size, streamed in and out, isolated by unit, all or nothing. */
class EvidenceApiTest extends IndicatorApiTest {

    private static final String CYCLE = "/api/indicators/v1/cycles/2014";
    private static final String REPORTS = CYCLE + "/progress-reports";
    private static final int LIMIT = 20 * 1024 * 1024;
    private static boolean prepared;

    @BeforeEach
    void cycleWithATree() {
        if (prepared) {
            return;
        }
        demoCounty("2014");
        prepared = true;
    }

    private String draft(String user, String unit, String period) {
        return idOf(as(user).post().uri(REPORTS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"" + unit + "\",\"indicator\":\"GDP\",\"period\":\"" + period + "\",\"actual\":10}")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
    }

    private static MultipartBodyBuilder file(String name, MediaType type, byte[] content) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", content).filename(name).contentType(type);
        return body;
    }

    private WebTestClient.ResponseSpec upload(String user, String path, MultipartBodyBuilder body) {
        return as(user).post().uri(path).body(BodyInserters.fromMultipartData(body.build())).exchange();
    }

    private static long storedChunks() throws Exception {
        try (Connection db = TestPostgres.get().connect("indicators"); Statement sql = db.createStatement();
             ResultSet count = sql.executeQuery("SELECT (SELECT count(*) FROM evidence_content)"
                     + " + (SELECT count(*) FROM evidence)")) {
            count.next();
            return count.getLong(1);
        }
    }

    private void noEvidenceOn(String report) {
        as("office").get().uri(REPORTS + "/" + report + "/evidence").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void aReporterAttachesAFileThatStreamsBackWithItsNameAndType() {
        String report = draft("reporter", "HANYIN", "2014-01");
        byte[] pdf = EvidenceFiles.pdf(600_000);

        String created = upload("reporter", REPORTS + "/" + report + "/evidence",
                file("汉阴县1月统计快报.pdf", MediaType.APPLICATION_PDF, pdf))
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        String id = idOf(created);
        assertThat(created).contains("\"mediaType\":\"application/pdf\"", "\"size\":600000", "\"unit\":\"HANYIN\"",
                "\"fileName\":\"汉阴县1月统计快报.pdf\"");

        byte[] downloaded = as("leader").mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(LIMIT)).build()
                .get().uri(CYCLE + "/evidence/" + id + "/content").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().contentLength(600_000)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition -> assertThat(disposition)
                        .startsWith("attachment;").endsWith("; filename*=UTF-8''"
                                + "%E6%B1%89%E9%98%B4%E5%8E%BF1%E6%9C%88%E7%BB%9F%E8%AE%A1%E5%BF%AB%E6%8A%A5.pdf"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(pdf);
        as("reporter").get().uri(REPORTS + "/" + report + "/evidence").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[0].id").isEqualTo(id);
        auditOf("EVIDENCE", id).jsonPath("$.items[0].action").isEqualTo("CREATED")
                .jsonPath("$.items[0].after.sha256").value(sha -> assertThat((String) sha).hasSize(64));
    }

    @Test
    void everyAcceptedTypeIsTakenByItsContent() {
        String report = draft("office", "HANYIN", "2014-02");
        String path = REPORTS + "/" + report + "/evidence";
        upload("office", path, file("现场.jpg", MediaType.IMAGE_JPEG, EvidenceFiles.jpeg())).expectStatus().isCreated();
        upload("office", path, file("截图.png", MediaType.IMAGE_PNG, EvidenceFiles.png())).expectStatus().isCreated();
        upload("office", path, file("说明.docx", MediaType.APPLICATION_OCTET_STREAM, EvidenceFiles.docx()))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.mediaType").isEqualTo(EvidenceType.DOCX.mediaType());
        upload("office", path, file("台账.xlsx", MediaType.APPLICATION_OCTET_STREAM, EvidenceFiles.xlsx()))
                .expectStatus().isCreated();
        upload("office", path, file("公文.ofd", MediaType.parseMediaType("application/ofd"), EvidenceFiles.ofd()))
                .expectStatus().isCreated();

        as("office").get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(5);
    }

    @Test
    void aWrongTypeIs415NamingTheFileAndStoresNothing() throws Exception {
        String report = draft("reporter", "HANYIN", "2014-03");
        String path = REPORTS + "/" + report + "/evidence";
        long before = storedChunks();

        upload("reporter", path, file("scan.pdf", MediaType.APPLICATION_PDF, EvidenceFiles.png()))
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].path").isEqualTo("$.file")
                .jsonPath("$.errors[0].code").isEqualTo("content-mismatch");
        upload("reporter", path, file("tool.exe", MediaType.APPLICATION_OCTET_STREAM, EvidenceFiles.pdf(100)))
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("unsupported-type");
        upload("reporter", path, file("fake.docx", MediaType.APPLICATION_OCTET_STREAM, EvidenceFiles.xlsx()))
                .expectStatus().isEqualTo(415);
        upload("reporter", path, file("page.pdf", MediaType.TEXT_HTML, EvidenceFiles.pdf(100)))
                .expectStatus().isEqualTo(415);

        noEvidenceOn(report);
        assertThat(storedChunks()).isEqualTo(before);
    }

    @Test
    void anOversizeFileIs413AndStoresNothingEvenWhenItsFirstChunksWereIn() throws Exception {
        String report = draft("reporter", "HANYIN", "2014-04");
        String path = REPORTS + "/" + report + "/evidence";
        long before = storedChunks();

        upload("reporter", path, file("大文件.pdf", MediaType.APPLICATION_PDF, EvidenceFiles.pdf(LIMIT + 1)))
                .expectStatus().isEqualTo(413)
                .expectBody()
                .jsonPath("$.errors[0].path").isEqualTo("$.file")
                .jsonPath("$.errors[0].code").isEqualTo("too-large");
        upload("reporter", path, file("更大.pdf", MediaType.APPLICATION_PDF, EvidenceFiles.pdf(LIMIT + 200_000)))
                .expectStatus().isEqualTo(413);
        upload("reporter", path, file("刚好.pdf", MediaType.APPLICATION_PDF, EvidenceFiles.pdf(LIMIT)))
                .expectStatus().isCreated();

        as("office").get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        assertThat(storedChunks() - before).as("one file of 80 chunks and its metadata").isEqualTo(81);
    }

    @Test
    void aMissingExtraOrEmptyPartIs422() {
        String report = draft("reporter", "HANYIN", "2014-05");
        String path = REPORTS + "/" + report + "/evidence";
        MultipartBodyBuilder noFile = new MultipartBodyBuilder();
        noFile.part("note", "说明");
        upload("reporter", path, noFile).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.note");
        MultipartBodyBuilder two = file("a.pdf", MediaType.APPLICATION_PDF, EvidenceFiles.pdf(100));
        two.part("file", EvidenceFiles.pdf(120)).filename("b.pdf").contentType(MediaType.APPLICATION_PDF);
        upload("reporter", path, two).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("one-file");
        upload("reporter", path, file("empty.pdf", MediaType.APPLICATION_PDF, new byte[0])).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("empty");
        as("reporter").post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(415);

        noEvidenceOn(report);
    }

    @Test
    void anotherUnitNeverReadsOrWritesAUnitsEvidence() {
        String report = draft("reporter", "HANYIN", "2014-06");
        String id = idOf(upload("reporter", REPORTS + "/" + report + "/evidence",
                file("a.png", MediaType.IMAGE_PNG, EvidenceFiles.png()))
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());

        as("reporter2").get().uri(REPORTS + "/" + report + "/evidence").exchange().expectStatus().isNotFound();
        as("reporter2").get().uri(CYCLE + "/evidence/" + id).exchange().expectStatus().isNotFound();
        as("reporter2").get().uri(CYCLE + "/evidence/" + id + "/content").exchange().expectStatus().isNotFound();
        upload("reporter2", REPORTS + "/" + report + "/evidence", file("b.png", MediaType.IMAGE_PNG, EvidenceFiles.png()))
                .expectStatus().isNotFound();
        upload("leader", REPORTS + "/" + report + "/evidence", file("c.png", MediaType.IMAGE_PNG, EvidenceFiles.png()))
                .expectStatus().isForbidden();
        as("stats").get().uri(CYCLE + "/evidence/" + id).exchange().expectStatus().isOk();

        as("office").get().uri(REPORTS + "/" + report + "/evidence").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void aSubmittedReportTakesEvidenceOnlyFromTheOfficeAndTheLeadDepartment() {
        String report = draft("reporter", "HANYIN", "2014-07");
        as("reporter").post().uri(REPORTS + "/" + report + "/submission").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\":0}").exchange().expectStatus().isOk();
        String path = REPORTS + "/" + report + "/evidence";

        upload("reporter", path, file("late.pdf", MediaType.APPLICATION_PDF, EvidenceFiles.pdf(100)))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.current.status").isEqualTo("SUBMITTED");
        upload("stats", path, file("核实.pdf", MediaType.APPLICATION_PDF, EvidenceFiles.pdf(100))).expectStatus().isCreated();
        upload("office", path, file("审批.pdf", MediaType.APPLICATION_PDF, EvidenceFiles.pdf(100))).expectStatus().isCreated();
    }

    @Test
    void theOfficeAttachesEvidenceToItsFactsWhichTheirUnitReads() {
        String fact = idOf(as("office").post().uri(CYCLE + "/adjustments").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unit\":\"HANYIN\",\"rule\":\"COMMENDATION\",\"points\":1,\"date\":\"2014-05-01\","
                        + "\"reason\":\"省级表彰\",\"dedupeKey\":\"陕政发〔2014〕8号\"}")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
        String path = CYCLE + "/adjustments/" + fact + "/evidence";

        String id = idOf(upload("office", path, file("表彰文件.ofd", MediaType.APPLICATION_OCTET_STREAM, EvidenceFiles.ofd()))
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
        upload("reporter", path, file("x.pdf", MediaType.APPLICATION_PDF, EvidenceFiles.pdf(100))).expectStatus().isForbidden();
        as("reporter").get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$[0].id").isEqualTo(id);
        as("reporter").get().uri(CYCLE + "/evidence/" + id + "/content").exchange().expectStatus().isOk();
        as("reporter2").get().uri(path).exchange().expectStatus().isNotFound();
        as("reporter2").get().uri(CYCLE + "/evidence/" + id + "/content").exchange().expectStatus().isNotFound();

        as("office").post().uri(CYCLE + "/adjustments/" + fact + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"重复录入\",\"version\":0}").exchange().expectStatus().isOk();
        upload("office", path, file("y.pdf", MediaType.APPLICATION_PDF, EvidenceFiles.pdf(100))).expectStatus().isEqualTo(409);
    }

    @Test
    void aRepeatedUploadWithItsKeyStoresOneCopyAndAnotherFileUnderTheKeyIs422() throws Exception {
        String report = draft("reporter", "HANYIN", "2014-08");
        String path = REPORTS + "/" + report + "/evidence";
        byte[] pdf = EvidenceFiles.pdf(300_000);
        String first = as("reporter").post().uri(path).header("Idempotency-Key", "upload-2014-08")
                .body(BodyInserters.fromMultipartData(file("快报.pdf", MediaType.APPLICATION_PDF, pdf).build())).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        long afterFirst = storedChunks();

        as("reporter").post().uri(path).header("Idempotency-Key", "upload-2014-08")
                .body(BodyInserters.fromMultipartData(file("快报.pdf", MediaType.APPLICATION_PDF, pdf).build())).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(idOf(first));
        as("reporter").post().uri(path).header("Idempotency-Key", "upload-2014-08")
                .body(BodyInserters.fromMultipartData(file("快报.pdf", MediaType.APPLICATION_PDF,
                        EvidenceFiles.pdf(300_001)).build())).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("header:Idempotency-Key");

        assertThat(storedChunks()).isEqualTo(afterFirst);
        as("office").get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentStatesTheUploadLimits() {
        String document = anonymous().get().uri("/api/indicators/v3/api-docs").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(document).contains("/api/indicators/v1/cycles/{cycle}/progress-reports/{id}/evidence",
                "multipart/form-data", "at most 20 MB", "pdf, jpg/jpeg, png, docx, xlsx, ofd", "413", "415");
    }
}
