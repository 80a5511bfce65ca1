package cn.kaohe.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.ServiceIntegrationTest;
import cn.kaohe.scoring.ContractExamples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

@Import(ExampleUpstream.class)
class ExportApiTest extends ServiceIntegrationTest {

    private static final String CYCLE = "/api/scoring/v1/cycles/2022";
    private static boolean computed;

    @BeforeEach
    void computeOnce() {
        if (computed) {
            return;
        }
        as("office").post().uri(CYCLE + "/rulebooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ContractExamples.firstRulebookVersion("2022")).exchange().expectStatus().isCreated();
        as("office").post().uri(CYCLE + "/results").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isCreated();
        computed = true;
    }

    @Test
    void xlsxExportIsThePublicityTableInRankOrder() throws Exception {
        byte[] xlsx = as("analyst").get().uri(CYCLE + "/results/1/export").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader().value("Content-Disposition", value -> assertThat(value)
                        .startsWith("attachment; filename*=UTF-8''").contains("v1.xlsx"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2 + 4);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("排名 Rank");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("C");
            assertThat(rows.get(2).getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("112.80");
            assertThat(rows.get(3).getCellText(1)).isEqualTo("HANYIN");
            assertThat(rows.get(3).getCellText(9)).isEqualTo("优秀");
        }
    }

    @Test
    void csvExportOfADraftShowsAUnitUserOnlyItsOwnLine() {
        String csv = new String(as("reporter").get().uri(CYCLE + "/results/1/export?format=csv").exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("2,HANYIN,").endsWith(",优秀");
    }

    @Test
    void unknownFormatIsRejected() {
        as("analyst").get().uri(CYCLE + "/results/1/export?format=pdf").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.format");
    }
}
