package cn.kaohe.indicators.spreadsheets;

import static cn.kaohe.indicators.spreadsheets.TemplateColumns.TARGETS;
import static cn.kaohe.indicators.spreadsheets.TemplateColumns.TARGET_SHEET;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import cn.kaohe.indicators.targets.TargetDraft;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Row;

/**
 * The target sheet, checked row by row as it streams (never held): each valid row becomes one line of
 * PostgreSQL's COPY text format, handed out in chunks of about {@value #CHUNK_BYTES} bytes. Pairs are
 * tracked in bit sets over unit × leaf indicator (200,000 pairs: 25 KB), so memory follows the numbers
 * of units and indicators, not of rows. Once an error is found no more data is handed out, but every
 * row is still checked so that the report is complete.
 */
final class TargetSheet {

    static final int CHUNK_BYTES = 64 * 1024;
    private static final BigDecimal TARGET_LIMIT = new BigDecimal("1E14");
    private static final BigDecimal POINTS_LIMIT = new BigDecimal("1E6");

    private final String cycle;
    private final String author;
    private final ImportContext context;
    private final IndicatorPlan plan;
    private final BitSet existing;
    private final BitSet seen = new BitSet();
    private final ImportReport report;
    private final Iterator<Row> rows;
    private boolean headerChecked;
    private long valid;

    TargetSheet(String cycle, String author, ImportContext context, IndicatorPlan plan, BitSet existing,
                ImportReport report, Iterator<Row> rows) {
        this.cycle = copyText(cycle);
        this.author = copyText(author);
        this.context = context;
        this.plan = plan;
        this.existing = existing;
        this.report = report;
        this.rows = rows;
    }

    static int pair(int unit, int indicator, int indicators) {
        return unit * indicators + indicator;
    }

    /** Rows that passed every check. */
    long validRows() {
        return valid;
    }

    /**
     * The next chunk of COPY lines, or null when the sheet is read to the end. After the first error
     * anywhere in the workbook it reads (and checks) the rest of the sheet and returns null.
     */
    byte[] nextChunk() {
        StringBuilder chunk = new StringBuilder(CHUNK_BYTES + 512);
        while (rows.hasNext()) {
            Row row = rows.next();
            if (!headerChecked) {
                headerChecked = true;
                if (!Headers.check(TARGET_SHEET, row, TARGETS, report)) {
                    return null;
                }
                continue;
            }
            if (Cells.isBlank(row, TARGETS.size())) {
                continue;
            }
            String line = check(row);
            if (line != null) {
                valid++;
                if (report.isClean()) {
                    chunk.append(line);
                }
            }
            if (chunk.length() >= CHUNK_BYTES && report.isClean()) {
                return chunk.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        return chunk.isEmpty() || !report.isClean() ? null : chunk.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The row's COPY line, or null when it has errors (reported). */
    private String check(Row row) {
        int number = row.getRowNum();
        String unit = Cells.text(row, TemplateColumns.UNIT.index());
        String indicator = Cells.text(row, TemplateColumns.INDICATOR.index());
        String record = unit + "/" + indicator;
        long before = report.total();
        BigDecimal target = number(row, number, TemplateColumns.TARGET, record);
        BigDecimal points = number(row, number, TemplateColumns.POINTS, record);
        String responsible = Cells.text(row, TemplateColumns.RESPONSIBLE_UNIT.index());
        String coText = Cells.text(row, TemplateColumns.CO_UNITS.index());
        List<String> coUnits = coText == null ? List.of() : Arrays.stream(coText.split("[、,,;;\\s]+"))
                .filter(code -> !code.isEmpty()).toList();
        boolean numbersRead = report.total() == before;

        List<FieldViolation> violations = new ArrayList<>();
        FieldRules.code(violations, "$.unit", unit);
        FieldRules.code(violations, "$.indicator", indicator);
        if (numbersRead) {
            violations.addAll(new TargetDraft(target, points, responsible, coUnits, null, null).violations(false, false));
            if (target != null && (target.compareTo(TARGET_LIMIT) >= 0 || target.scale() > 6)) {
                violations.add(new FieldViolation("$.target", "out-of-range",
                        "目标值最多 14 位整数、6 位小数 / at most 14 digits before and 6 after the point"));
            }
            if (points != null && (points.compareTo(POINTS_LIMIT) >= 0 || points.scale() > 4)) {
                violations.add(new FieldViolation("$.points", "out-of-range",
                        "分值最多 6 位整数、4 位小数 / at most 6 digits before and 4 after the point"));
            }
        }
        Integer unitIndex = unit == null ? null : context.unitIndex().get(unit);
        if (unit != null && unitIndex == null && FieldRules.CODE.matcher(unit).matches()) {
            violations.add(new FieldViolation("$.unit", "unknown-unit", "单位不存在 / no unit " + unit));
        } else if (unitIndex != null && context.signedUnits().contains(unit)) {
            violations.add(new FieldViolation("$.unit", "letter-signed",
                    "该单位责任书已签订,目标只能逐条修订 / the unit's letter is signed: revise targets one by one"));
        }
        Integer indicatorIndex = indicator == null ? null : plan.leafIndex().get(indicator);
        if (indicator != null && indicatorIndex == null && FieldRules.CODE.matcher(indicator).matches()) {
            boolean inSheet = plan.codesInSheet().contains(indicator);
            boolean known = context.indicators().containsKey(indicator) || plan.validCodes().contains(indicator);
            if (!inSheet || known) { // an indicator whose own row was wrong is reported there, once
                violations.add(new FieldViolation("$.indicator", known ? "not-a-leaf" : "unknown-indicator",
                        "该年度无此末级指标 / no leaf indicator " + indicator + " in cycle " + cycle));
            }
        }
        referenced(violations, "$.responsibleUnit", responsible);
        for (int i = 0; i < coUnits.size(); i++) {
            referenced(violations, "$.coUnits[" + i + "]", coUnits.get(i));
        }
        if (unitIndex != null && indicatorIndex != null) {
            int pair = pair(unitIndex, indicatorIndex, plan.leafIndex().size());
            if (seen.get(pair)) {
                violations.add(new FieldViolation("$.indicator", "duplicate",
                        "同一单位和指标出现两次 / the unit and indicator appear twice in the sheet"));
            } else if (existing.get(pair)) {
                violations.add(new FieldViolation("$.indicator", "exists",
                        "该目标已存在,请逐条修改 / the target exists: change it one by one"));
            }
            seen.set(pair);
        }
        for (FieldViolation violation : violations) {
            report.add(TARGET_SHEET, number, TemplateColumns.forPath(TARGETS, violation.path()), record,
                    violation.code(), violation.message());
        }
        if (report.total() != before) {
            return null;
        }
        return cycle + '\t' + unit + '\t' + indicator + '\t' + target.toPlainString() + '\t'
                + (points == null ? "\\N" : points.toPlainString()) + '\t' + (responsible == null ? unit : responsible)
                + '\t' + json(coUnits) + '\t' + author + '\n';
    }

    private BigDecimal number(Row row, int number, TemplateColumns.Column column, String record) {
        try {
            Optional<BigDecimal> value = Cells.decimal(row, column.index());
            return value.orElse(null);
        } catch (Cells.NotANumber text) {
            report.add(TARGET_SHEET, number, column, record, "not-a-number", "应为数字 / a number, not \"" + text.getMessage() + "\"");
            return null;
        }
    }

    private void referenced(List<FieldViolation> violations, String path, String code) {
        if (code != null && FieldRules.CODE.matcher(code).matches() && !context.unitIndex().containsKey(code)) {
            violations.add(new FieldViolation(path, "unknown-unit", "单位不存在 / no unit " + code));
        }
    }

    /** Codes are letters, digits, - and _ (checked above), so the JSON array and COPY line need no escaping. */
    private static String json(List<String> codes) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < codes.size(); i++) {
            out.append(i == 0 ? "\"" : ",\"").append(codes.get(i)).append('"');
        }
        return out.append(']').toString();
    }

    /** A value of COPY's text format: backslash, tab and line breaks escaped. */
    static String copyText(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
