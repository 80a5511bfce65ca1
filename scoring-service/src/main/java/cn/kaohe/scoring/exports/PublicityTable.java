package cn.kaohe.scoring.exports;

import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.results.UnitStanding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The 公示 table of a result version, written row by row to a stream: the rows come from an
 * iterator that reads the database as it goes, so no table is held in memory.
 */
public final class PublicityTable {

    static final List<String> HEADERS = List.of("排名 Rank", "单位代码 Unit", "单位名称 Name", "分类 Category",
            "目标任务得分 Target score", "社会评价得分 Social score", "加分 Bonus", "扣分 Deduction",
            "最终得分 Final score", "等次 Grade");

    private PublicityTable() {
    }

    public static void writeXlsx(String title, Iterable<UnitStanding> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Kaohe", "1.0");
            Worksheet sheet = workbook.newWorksheet("公示表");
            sheet.value(0, 0, title);
            sheet.style(0, 0).bold().set();
            for (int column = 0; column < HEADERS.size(); column++) {
                sheet.value(1, column, HEADERS.get(column));
                sheet.style(1, column).bold().fillColor("DDE4EE").set();
            }
            int row = 2;
            for (UnitStanding unit : rows) {
                sheet.value(row, 0, unit.rankOverall());
                sheet.value(row, 1, unit.unit());
                sheet.value(row, 2, unit.name());
                sheet.value(row, 3, unit.category());
                number(sheet, row, 4, unit.targetScore());
                number(sheet, row, 5, unit.socialScore());
                number(sheet, row, 6, unit.bonus());
                number(sheet, row, 7, unit.deduction());
                number(sheet, row, 8, unit.finalScore());
                sheet.value(row, 9, gradeLabel(unit.grade()));
                if (row % 1000 == 0) {
                    sheet.flush();
                }
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeCsv(Iterable<UnitStanding> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // Excel opens UTF-8 CSV correctly only with a byte-order mark
            writer.write(String.join(",", HEADERS) + "\r\n");
            for (UnitStanding unit : rows) {
                writer.write(unit.rankOverall() + "," + csv(unit.unit()) + "," + csv(unit.name()) + ","
                        + csv(unit.category()) + "," + plain(unit.targetScore()) + "," + plain(unit.socialScore()) + ","
                        + plain(unit.bonus()) + "," + plain(unit.deduction()) + "," + plain(unit.finalScore()) + ","
                        + csv(gradeLabel(unit.grade())) + "\r\n");
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String gradeLabel(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "优秀";
            case GOOD -> "良好";
            case AVERAGE -> "一般";
            case POOR -> "较差";
        };
    }

    private static void number(Worksheet sheet, int row, int column, BigDecimal value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
