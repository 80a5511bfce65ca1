package cn.kaohe.evaluations.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table written row by row as CSV or .xlsx to a stream: the rows come from an iterator reading the
 * database as it goes, so no export holds its rows in memory.
 */
public final class Table {

    /** fastexcel keeps unflushed rows in memory; flush every this many. */
    private static final int FLUSH_EVERY = 1000;
    /** An .xlsx sheet holds at most 1,048,576 rows; longer exports continue on the next sheet. */
    static final int ROWS_PER_SHEET = 1_000_000;

    private Table() {
    }

    public static void csv(List<String> headers, Iterable<List<Object>> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // Excel opens UTF-8 CSV correctly only with a byte-order mark
            writer.write(line(headers.stream().map(header -> (Object) header).toList()));
            int written = 0;
            for (List<Object> row : rows) {
                writer.write(line(row));
                if (++written % FLUSH_EVERY == 0) {
                    writer.flush();
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(String sheetName, List<String> headers, Iterable<List<Object>> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Kaohe", "1.0");
            int sheets = 1;
            Worksheet sheet = header(workbook.newWorksheet(sheetName), headers);
            int row = 1;
            for (List<Object> values : rows) {
                if (row > ROWS_PER_SHEET) {
                    sheet.finish();
                    sheet = header(workbook.newWorksheet(sheetName + " " + ++sheets), headers);
                    row = 1;
                }
                for (int column = 0; column < values.size(); column++) {
                    cell(sheet, row, column, values.get(column));
                }
                if (row % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Worksheet header(Worksheet sheet, List<String> headers) {
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, headers.get(column));
            sheet.style(0, column).bold().fillColor("DDE4EE").set();
        }
        return sheet;
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal number) {
            sheet.value(row, column, number);
        } else if (value instanceof Integer number) {
            sheet.value(row, column, number);
        } else if (value instanceof Boolean flag) {
            sheet.inlineString(row, column, flag ? "是" : "否");
        } else {
            // Inline, not shared: the shared-strings table stays in memory until the end, and ids and
            // times are different on every row.
            sheet.inlineString(row, column, text(value));
        }
    }

    private static String line(List<Object> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(csvCell(values.get(i)));
        }
        return line.append("\r\n").toString();
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        String text = text(value);
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String text(Object value) {
        return value instanceof OffsetDateTime time ? time.toString() : String.valueOf(value);
    }
}
