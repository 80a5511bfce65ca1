package cn.kaohe.defaults.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table written row by row to a stream as xlsx (fastexcel) or CSV: the rows come from an
 * iterator that reads the database as it goes, so no table is held in memory. Cells are strings,
 * numbers (BigDecimal stays exact; a column may carry an Excel number format such as {@code 0.00%})
 * or null (left empty).
 *
 * @param <T> one row as the feature reads it
 */
public final class ExportTable<T> {

    /** One column: its header (Chinese first, then English), how a row yields its cell, an optional number format. */
    public record Column<T>(String header, Function<T, Object> cell, String numberFormat) {
    }

    private static final int FLUSH_EVERY = 1000;

    private final String sheetName;
    private final List<Column<T>> columns;

    private ExportTable(String sheetName, List<Column<T>> columns) {
        this.sheetName = sheetName;
        this.columns = List.copyOf(columns);
    }

    public static <T> Builder<T> sheet(String sheetName) {
        return new Builder<>(sheetName);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** Writes the table in {@code format}; {@code title} is the xlsx sheet's first line (CSV has none). */
    public void write(ExportFormat format, String title, Iterable<T> rows, OutputStream out) {
        if (format == ExportFormat.XLSX) {
            writeXlsx(title, rows, out);
        } else {
            writeCsv(rows, out);
        }
    }

    public void writeXlsx(String title, Iterable<T> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Kaohe", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            int row = 0;
            if (title != null) {
                sheet.value(row, 0, title);
                sheet.style(row, 0).bold().set();
                row++;
            }
            for (int column = 0; column < columns.size(); column++) {
                sheet.value(row, column, columns.get(column).header());
                sheet.style(row, column).bold().fillColor("DDE4EE").set();
            }
            row++;
            for (T item : rows) {
                for (int column = 0; column < columns.size(); column++) {
                    Column<T> definition = columns.get(column);
                    Object value = definition.cell().apply(item);
                    if (value instanceof BigDecimal decimal) {
                        sheet.value(row, column, plain(decimal));
                        if (definition.numberFormat() != null) {
                            sheet.style(row, column).format(definition.numberFormat()).set();
                        }
                    } else if (value instanceof Number number) {
                        sheet.value(row, column, number);
                    } else if (value != null) {
                        sheet.value(row, column, value.toString());
                    }
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

    public void writeCsv(Iterable<T> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // Excel opens UTF-8 CSV correctly only with a byte-order mark
            writer.write(String.join(",", headers().stream().map(ExportTable::csv).toList()) + "\r\n");
            StringBuilder line = new StringBuilder();
            for (T item : rows) {
                line.setLength(0);
                for (int column = 0; column < columns.size(); column++) {
                    if (column > 0) {
                        line.append(',');
                    }
                    Object value = columns.get(column).cell().apply(item);
                    if (value instanceof BigDecimal decimal) {
                        line.append(decimal.toPlainString());
                    } else if (value instanceof Number number) {
                        line.append(number);
                    } else if (value != null) {
                        line.append(csv(value.toString()));
                    }
                }
                writer.write(line.append("\r\n").toString());
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** A text cell for CSV: quoted when needed, and defused when a spreadsheet would run it as a formula. */
    static String csv(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    public static final class Builder<T> {
        private final String sheetName;
        private final List<Column<T>> columns = new ArrayList<>();

        private Builder(String sheetName) {
            this.sheetName = sheetName;
        }

        public Builder<T> column(String header, Function<T, Object> cell) {
            columns.add(new Column<>(header, cell, null));
            return this;
        }

        /** A numeric column shown with an Excel number format, e.g. {@code 0.00%} for a ratio of 0.9716. */
        public Builder<T> column(String header, Function<T, Object> cell, String numberFormat) {
            columns.add(new Column<>(header, cell, numberFormat));
            return this;
        }

        public ExportTable<T> build() {
            return new ExportTable<>(sheetName, columns);
        }
    }
}
