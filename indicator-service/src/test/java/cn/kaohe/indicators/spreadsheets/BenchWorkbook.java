package cn.kaohe.indicators.spreadsheets;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The import benchmark's inputs (bench/indicators.sh): a template workbook of UNITS × INDICATORS
 * targets (10 sections, the indicators spread over them), the same targets as a COPY text file for the
 * plain-COPY baseline, and the raw-read baseline (the target sheet streamed and every cell read).
 *
 * <pre>
 * --units 1000 --indicators 200 --unit-prefix BU --out targets.xlsx --tsv targets.tsv --tsv-cycle BENCHCOPY
 * --read targets.xlsx --rounds 5
 * </pre>
 */
public final class BenchWorkbook {

    private BenchWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        List<String> list = List.of(args);
        if (list.contains("--read")) {
            read(Path.of(value(list, "--read", null)), Integer.parseInt(value(list, "--rounds", "5")));
            return;
        }
        int units = Integer.parseInt(value(list, "--units", "1000"));
        int indicators = Integer.parseInt(value(list, "--indicators", "200"));
        String prefix = value(list, "--unit-prefix", "BU");
        try (OutputStream out = Files.newOutputStream(Path.of(value(list, "--out", "targets.xlsx")))) {
            write(out, units, indicators, prefix);
        }
        String tsv = value(list, "--tsv", null);
        if (tsv != null) {
            writeTsv(Path.of(tsv), value(list, "--tsv-cycle", "BENCHCOPY"), units, indicators, prefix);
        }
    }

    static String unit(String prefix, int u) {
        return String.format(Locale.ROOT, "%s%04d", prefix, u);
    }

    static String indicator(int i) {
        return String.format(Locale.ROOT, "S%02d-I%03d", i % 10, i);
    }

    static BigDecimal target(int u, int i) {
        return BigDecimal.valueOf(1000 + (u * 37L + i * 11L) % 90_000, 2);
    }

    static void write(OutputStream out, int units, int indicators, String prefix) throws IOException {
        Workbook workbook = new Workbook(out, "Kaohe bench", "1.0");
        Worksheet tree = workbook.newWorksheet(TemplateColumns.INDICATOR_SHEET);
        for (TemplateColumns.Column column : TemplateColumns.INDICATORS) {
            tree.value(0, column.index(), column.header());
        }
        int row = 1;
        for (int s = 0; s < 10; s++) {
            tree.value(row, 0, String.format(Locale.ROOT, "S%02d", s));
            tree.value(row, 2, "SECTION");
            tree.value(row, 3, "板块 " + s);
            row++;
        }
        for (int i = 0; i < indicators; i++) {
            tree.value(row, 0, indicator(i));
            tree.value(row, 1, String.format(Locale.ROOT, "S%02d", i % 10));
            tree.value(row, 2, "INDICATOR");
            tree.value(row, 3, "指标 " + i);
            tree.value(row, 4, "亿元");
            tree.value(row, 5, i % 20 == 19 ? "LOWER_BETTER" : "HIGHER_BETTER");
            row++;
        }
        tree.finish(); // fastexcel writes one sheet after the other: the tree is done before the targets stream
        Worksheet targets = workbook.newWorksheet(TemplateColumns.TARGET_SHEET);
        for (TemplateColumns.Column column : TemplateColumns.TARGETS) {
            targets.value(0, column.index(), column.header());
        }
        row = 1;
        for (int u = 0; u < units; u++) {
            for (int i = 0; i < indicators; i++) {
                targets.value(row, 0, unit(prefix, u));
                targets.value(row, 1, indicator(i));
                targets.value(row, 2, target(u, i));
                if (i % 50 == 0) {
                    targets.value(row, 3, 5);
                }
                if (i % 10 == 0) {
                    targets.value(row, 5, unit(prefix, (u + 1) % units));
                }
                if (row % 1000 == 0) {
                    targets.flush();
                }
                row++;
            }
        }
        workbook.finish();
    }

    static void writeTsv(Path file, String cycle, int units, int indicators, String prefix) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int u = 0; u < units; u++) {
                for (int i = 0; i < indicators; i++) {
                    String co = i % 10 == 0 ? "[\"" + unit(prefix, (u + 1) % units) + "\"]" : "[]";
                    out.write(cycle + '\t' + unit(prefix, u) + '\t' + indicator(i) + '\t' + target(u, i).toPlainString()
                            + '\t' + (i % 50 == 0 ? "5" : "\\N") + '\t' + unit(prefix, u) + '\t' + co + "\tbench\n");
                }
            }
        }
    }

    /** Streams the target sheet and reads every cell as the import does; prints the median of the rounds. */
    static void read(Path file, int rounds) throws IOException {
        List<Long> times = new ArrayList<>();
        long rows = 0;
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            rows = 0;
            try (ReadableWorkbook workbook = new ReadableWorkbook(new File(file.toString()));
                 Stream<Row> stream = workbook.findSheet(TemplateColumns.TARGET_SHEET).orElseThrow().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (row.getRowNum() == 1) {
                        continue;
                    }
                    for (int column = 0; column < TemplateColumns.TARGETS.size(); column++) {
                        if (column == 2 || column == 3) {
                            Cells.decimal(row, column);
                        } else {
                            Cells.text(row, column);
                        }
                    }
                    rows++;
                }
            }
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.println("raw read: " + rows + " rows, median " + sorted.get(sorted.size() / 2) + " ms, rounds " + times);
    }

    private static String value(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        return at < 0 ? fallback : args.get(at + 1);
    }
}
