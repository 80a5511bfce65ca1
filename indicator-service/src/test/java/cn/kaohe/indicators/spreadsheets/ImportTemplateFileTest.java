package cn.kaohe.indicators.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * seeds/import-template.xlsx is what {@link ImportTemplateWorkbook} writes. Rebuild it with
 * {@code ./mvnw -B verify -pl service-defaults,indicator-service -Dtest=ImportTemplateFileTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dkaohe.template.rebuild=true}.
 */
class ImportTemplateFileTest {

    private static final Path SEEDS_TEMPLATE = Path.of(System.getProperty("kaohe.project.root", ".."), "seeds",
            "import-template.xlsx");

    @Test
    void theTemplateInSeedsHoldsWhatTheGeneratorWrites() throws IOException {
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        ImportTemplateWorkbook.write(generated);
        if (Boolean.getBoolean("kaohe.template.rebuild") || !Files.exists(SEEDS_TEMPLATE)) {
            try (OutputStream out = Files.newOutputStream(SEEDS_TEMPLATE)) {
                out.write(generated.toByteArray());
            }
        }

        assertThat(SheetText.of(Files.readAllBytes(SEEDS_TEMPLATE))).isEqualTo(SheetText.of(generated.toByteArray()));
    }

    @Test
    void columnLettersAndPathsMapAsTheReportNamesThem() {
        assertThat(TemplateColumns.letterOf(0)).isEqualTo("A");
        assertThat(TemplateColumns.letterOf(25)).isEqualTo("Z");
        assertThat(TemplateColumns.letterOf(26)).isEqualTo("AA");
        assertThat(TemplateColumns.forPath(TemplateColumns.INDICATORS, "$.schedule[3]").letter()).isEqualTo("M");
        assertThat(TemplateColumns.forPath(TemplateColumns.INDICATORS, "$.schedule").letter()).isEqualTo("J");
        assertThat(TemplateColumns.forPath(TemplateColumns.INDICATORS, "$.unitOfMeasure").letter()).isEqualTo("E");
        assertThat(TemplateColumns.forPath(TemplateColumns.TARGETS, "$.coUnits[1]").letter()).isEqualTo("F");
        assertThat(TemplateColumns.forPath(TemplateColumns.TARGETS, "$.unit").letter()).isEqualTo("A");
    }
}
