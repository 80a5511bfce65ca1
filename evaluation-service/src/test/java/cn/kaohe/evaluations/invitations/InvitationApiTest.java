package cn.kaohe.evaluations.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.evaluations.EvaluationApiTest;
import cn.kaohe.evaluations.SurveyFixture;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class InvitationApiTest extends EvaluationApiTest {

    private byte[] download(String path) {
        return as("office").get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().value("Content-Disposition", disposition -> assertThat(disposition)
                        .startsWith("attachment; filename*=UTF-8''"))
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    @Test
    void twoHundredDeputiesEachRateAllUnitsWithUnguessableTokens() throws Exception {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));

        Map<String, Object> batch = created("office", SURVEYS + "/" + survey + "/invitations",
                Map.of("group", "DEPUTIES", "count", 200));
        assertThat(batch).containsEntry("count", 200).containsEntry("first", "DEPUTIES-0001")
                .containsEntry("last", "DEPUTIES-0200").containsEntry("units", List.of("HANYIN", "SHIQUAN"));

        List<List<String>> rows = sheet(download(SURVEYS + "/" + survey + "/invitations/export?format=xlsx"));
        assertThat(rows).hasSize(201);
        assertThat(rows.get(1).get(0)).isEqualTo("DEPUTIES-0001");
        assertThat(rows.get(1).get(2)).isEqualTo("汉阴县、石泉县");
        HashSet<String> links = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row.get(5)).matches("http://localhost:8080/s/[A-Za-z0-9_-]{32}");
            links.add(row.get(5));
        }
        assertThat(links).hasSize(200);
    }

    @Test
    void theRemindersListTheTokensWithUnitsStillToRate() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        List<String> tokens = tokens(survey, "DEPUTIES", 3);
        submitted(tokens.get(0), answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"));
        submitted(tokens.get(1), answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"));
        submitted(tokens.get(1), answers("SHIQUAN", "SATISFIED", "SATISFIED", "SATISFIED"));

        Map<String, Object> pending = ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/invitations?pending=true").exchange());
        assertThat(pending).containsEntry("total", 2);
        assertThat(json(pending.get("items"))).contains("\"pendingUnits\":[\"SHIQUAN\"]")
                .contains("\"pendingUnits\":[\"HANYIN\",\"SHIQUAN\"]").doesNotContain("token");

        String csv = new String(download(SURVEYS + "/" + survey + "/invitations/export?format=csv&pending=true"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("部分完成").contains("未答");
    }

    @Test
    void aBatchMayRateSomeOfTheGroupsUnits() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        created("office", SURVEYS + "/" + survey + "/invitations",
                Map.of("group", "SERVICE_USERS", "count", 2, "units", List.of("SHIQUAN")));
        List<String> tokens = lastTokens(survey, "SERVICE_USERS", 1);

        submit(tokens.get(0), answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED")).expectStatus().isEqualTo(422);
        post("office", SURVEYS + "/" + survey + "/invitations", Map.of("group", "SERVICE_USERS", "count", 1,
                "units", List.of("ANKANG"))).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.units[0]");
        post("office", SURVEYS + "/" + survey + "/invitations", Map.of("group", "NOBODY", "count", 1))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].code").isEqualTo("unknown-group");
        post("office", SURVEYS + "/" + survey + "/invitations", Map.of("group", "PUBLIC", "count", 5001))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].path").isEqualTo("$.count");
    }

    @Test
    void eachInvitationHasAQrCodeOfItsLink() throws Exception {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String token = token(survey, "DEPUTIES");
        @SuppressWarnings("unchecked")
        String id = (String) ((List<Map<String, Object>>) ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/invitations").exchange()).get("items")).get(0).get("id");

        byte[] png = as("office").get().uri(SURVEYS + "/" + survey + "/invitations/" + id + "/qr").exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo("http://localhost:8080/s/" + token);
    }

    @Test
    void onlyTheOfficeHandlesInvitations() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        post("analyst", SURVEYS + "/" + survey + "/invitations", Map.of("group", "PUBLIC", "count", 1))
                .expectStatus().isForbidden();
        as("leader").get().uri(SURVEYS + "/" + survey + "/invitations").exchange().expectStatus().isForbidden();
        asIntegrator().get().uri(SURVEYS + "/" + survey + "/invitations/export").exchange().expectStatus().isForbidden();
    }

    @Test
    void aRevokedInvitationIsRevokedOnce() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        token(survey, "DEPUTIES");
        @SuppressWarnings("unchecked")
        String id = (String) ((List<Map<String, Object>>) ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/invitations").exchange()).get("items")).get(0).get("id");
        String path = SURVEYS + "/" + survey + "/invitations/" + id + "/revocation";

        post("office", path, Map.of("reason", " ")).expectStatus().isEqualTo(422);
        assertThat(ok(post("office", path, Map.of("reason", "重复发放")))).containsEntry("revokeReason", "重复发放");
        post("office", path, Map.of("reason", "再次")).expectStatus().isEqualTo(409);
    }
}
