package cn.kaohe.defaults.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table written row by row to a stream as xlsx (fastexcel) or CSV: the rows come from an iterator
 * that reads the database as it goes, so no export holds its rows in memory. Cells are text (written
 * inline, not to the shared-strings table, which fastexcel would keep until the end), numbers
 * (BigDecimal stays exact; a column may carry an Excel number format such as {@code 0.00%}), booleans
 * (是/否) or null (left empty). An xlsx sheet holds at most 1,048,576 rows: longer tables continue on
 * the next sheet.
 *
 * @param <T> one row as the feature reads it
 */
public final class ExportTable<T> {

    /** One column: its header (Chinese first, then English), how a row yields its cell, an optional number format. */
    public record Column<T>(String header, Function<T, Object> cell, String numberFormat) {
    }

    private static final int FLUSH_EVERY = 1000;
    static final int ROWS_PER_SHEET = 1_000_000;

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

    /** Writes the table in {@code format}; {@code title} (may be null) is the xlsx sheet's first line. */
    public void write(ExportFormat format, String title, Iterable<T> rows, OutputStream out) {
        Iterable<List<Object>> cells = () -> new Iterator<>() {
            private final Iterator<T> items = rows.iterator();

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public List<Object> next() {
                T item = items.next();
                List<Object> row = new ArrayList<>(columns.size());
                for (Column<T> column : columns) {
                    row.add(column.cell().apply(item));
                }
                return row;
            }
        };
        List<String> formats = columns.stream().map(Column::numberFormat).toList();
        if (format == ExportFormat.XLSX) {
            xlsx(sheetName, title, headers(), formats, cells, out);
        } else {
            csv(headers(), cells, out);
        }
    }

    /**
     * Rows of cells as xlsx.
     *
     * @param numberFormats per column, the Excel format of its numbers, or null (the list may be empty)
     */
    public static void xlsx(String sheetName, String title, List<String> headers, List<String> numberFormats,
                            Iterable<List<Object>> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Kaohe", "1.0");
            int sheets = 1;
            Worksheet sheet = workbook.newWorksheet(sheetName);
            int row = header(sheet, title, headers);
            int first = row;
            for (List<Object> values : rows) {
                if (row - first >= ROWS_PER_SHEET) {
                    sheet.finish();
                    sheet = workbook.newWorksheet(sheetName + " " + ++sheets);
                    row = header(sheet, title, headers);
                }
                for (int column = 0; column < values.size(); column++) {
                    cell(sheet, row, column, values.get(column),
                            column < numberFormats.size() ? numberFormats.get(column) : null);
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

    /** Rows of cells as CSV: UTF-8 with a byte-order mark (Excel needs it), CRLF, formulas defused. */
    public static void csv(List<String> headers, Iterable<List<Object>> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(line(new ArrayList<>(headers)));
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

    /** Writes the title (if any) and the header row; the number of the first data row. */
    private static int header(Worksheet sheet, String title, List<String> headers) {
        int row = 0;
        if (title != null) {
            sheet.inlineString(row, 0, title);
            sheet.style(row, 0).bold().set();
            row++;
        }
        for (int column = 0; column < headers.size(); column++) {
            sheet.inlineString(row, column, headers.get(column));
            sheet.style(row, column).bold().fillColor("DDE4EE").set();
        }
        return row + 1;
    }

    private static void cell(Worksheet sheet, int row, int column, Object value, String numberFormat) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal decimal) {
            sheet.value(row, column, decimal.scale() < 0 ? decimal.setScale(0) : decimal);
            if (numberFormat != null) {
                sheet.style(row, column).format(numberFormat).set();
            }
        } else if (value instanceof Integer || value instanceof Long) {
            sheet.value(row, column, (Number) value);
        } else {
            sheet.inlineString(row, column, text(value));
        }
    }

    private static String line(List<?> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values.get(i);
            if (value instanceof BigDecimal decimal) {
                line.append(decimal.toPlainString());
            } else if (value instanceof Integer || value instanceof Long) {
                line.append(value);
            } else if (value != null) {
                line.append(csv(text(value)));
            }
        }
        return line.append("\r\n").toString();
    }

    private static String text(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        return String.valueOf(value);
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
