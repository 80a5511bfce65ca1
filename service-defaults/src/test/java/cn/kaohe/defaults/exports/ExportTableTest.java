package cn.kaohe.defaults.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.defaults.problems.ProblemException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTableTest {

    record Line(String name, BigDecimal value, Boolean flag) {
    }

    private static final ExportTable<Line> TABLE = ExportTable.<Line>sheet("表")
            .column("名称 Name", Line::name).column("数值 Value", Line::value, "0.00%").column("标记 Flag", Line::flag)
            .build();

    @Test
    void csvStartsWithABomKeepsDecimalsExactAndDefusesFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TABLE.write(ExportFormat.CSV, "ignored in csv", List.of(new Line("=SUM(A1)", new BigDecimal("1E+3"), true),
                new Line("a, \"b\"", new BigDecimal("0.9716"), null), new Line(null, null, false)), out);

        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称 Name,数值 Value,标记 Flag\r\n"
                + "'=SUM(A1),1000,是\r\n\"a, \"\"b\"\"\",0.9716,\r\n,,否\r\n");
    }

    @Test
    void xlsxIsAZipWorkbookEvenWhenEmpty() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TABLE.write(ExportFormat.XLSX, "标题", List.of(), out);

        assertThat(out.toByteArray()).startsWith('P', 'K', 3, 4);
    }

    @Test
    void theFormatParameterIsXlsxOrCsvAndNamesItselfWhenWrong() {
        assertThat(ExportFormat.of(null)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.of("csv")).isEqualTo(ExportFormat.CSV);
        assertThatThrownBy(() -> ExportFormat.of("pdf")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.errors().get(0).path()).isEqualTo("$.format"));
    }

    @Test
    void theFileNameIsPercentEncodedUtf8() {
        assertThat(ExportResponse.contentDisposition("预警表 2024.csv"))
                .isEqualTo("attachment; filename*=UTF-8''%E9%A2%84%E8%AD%A6%E8%A1%A8%202024.csv");
    }
}
