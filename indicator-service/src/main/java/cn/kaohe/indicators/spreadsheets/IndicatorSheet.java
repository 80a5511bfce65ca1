package cn.kaohe.indicators.spreadsheets;

import java.util.TreeSet;
import java.util.Locale;
import static cn.kaohe.indicators.spreadsheets.TemplateColumns.INDICATORS;
import static cn.kaohe.indicators.spreadsheets.TemplateColumns.INDICATOR_SHEET;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.indicators.system.Direction;
import cn.kaohe.indicators.system.Frequency;
import cn.kaohe.indicators.system.IndicatorDraft;
import cn.kaohe.indicators.system.IndicatorLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.reader.Row;

/**
 * The indicator sheet: read whole (a tree has hundreds of nodes; at most {@value #MAX_ROWS} rows),
 * each row checked by the same rules as {@code POST …/indicators} plus the sheet's own: codes unique
 * in the sheet and new to the cycle, parents in the sheet or the cycle.
 */
final class IndicatorSheet {

    static final int MAX_ROWS = 10_000;

    /** A row as read; {@code reported}: the columns whose cells were already reported as unreadable. */
    private record Parsed(int row, IndicatorDraft draft, Set<TemplateColumns.Column> reported) {
    }

    private static final Map<String, IndicatorLevel> LEVELS = Map.of("SECTION", IndicatorLevel.SECTION,
            "一级", IndicatorLevel.SECTION, "一级指标", IndicatorLevel.SECTION, "INDICATOR", IndicatorLevel.INDICATOR,
            "二级", IndicatorLevel.INDICATOR, "二级指标", IndicatorLevel.INDICATOR,
            "SUB_INDICATOR", IndicatorLevel.SUB_INDICATOR, "三级", IndicatorLevel.SUB_INDICATOR,
            "三级指标", IndicatorLevel.SUB_INDICATOR);
    private static final Map<String, Direction> DIRECTIONS = Map.of("HIGHER_BETTER", Direction.HIGHER_BETTER,
            "正向", Direction.HIGHER_BETTER, "LOWER_BETTER", Direction.LOWER_BETTER, "逆向", Direction.LOWER_BETTER);
    private static final Map<String, Frequency> FREQUENCIES = Map.of("MONTHLY", Frequency.MONTHLY, "月",
            Frequency.MONTHLY, "QUARTERLY", Frequency.QUARTERLY, "季", Frequency.QUARTERLY, "YEARLY", Frequency.YEARLY,
            "年", Frequency.YEARLY);

    private final ImportContext context;
    private final ImportReport report;
    private final List<Parsed> rows = new ArrayList<>();

    IndicatorSheet(ImportContext context, ImportReport report) {
        this.context = context;
        this.report = report;
    }

    /** Reads the sheet's rows after the header; stops (and reports) past {@value #MAX_ROWS} rows. */
    void read(Iterable<Row> sheet) {
        boolean header = true;
        for (Row row : sheet) {
            int number = row.getRowNum();
            if (header) {
                header = false;
                if (!Headers.check(INDICATOR_SHEET, row, INDICATORS, report)) {
                    return;
                }
                continue;
            }
            if (Cells.isBlank(row, INDICATORS.size())) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                report.add(INDICATOR_SHEET, number, TemplateColumns.CODE, null, "too-many-rows",
                        "指标最多 " + MAX_ROWS + " 行 / at most " + MAX_ROWS + " indicator rows");
                return;
            }
            rows.add(parse(number, row));
        }
    }

    private Parsed parse(int number, Row row) {
        String code = Cells.text(row, TemplateColumns.CODE.index());
        Set<TemplateColumns.Column> reported = new HashSet<>();
        IndicatorLevel level = pick(row, number, code, TemplateColumns.LEVEL, LEVELS, reported);
        Direction direction = pick(row, number, code, TemplateColumns.DIRECTION, DIRECTIONS, reported);
        Frequency frequency = pick(row, number, code, TemplateColumns.FREQUENCY, FREQUENCIES, reported);
        Integer position = null;
        try {
            Optional<BigDecimal> value = Cells.decimal(row, TemplateColumns.POSITION.index());
            if (value.isPresent()) {
                position = value.get().intValueExact();
            }
        } catch (Cells.NotANumber | ArithmeticException notAnInteger) {
            report.add(INDICATOR_SHEET, number, TemplateColumns.POSITION, code, "not-an-integer", "应为整数 / a whole number");
            reported.add(TemplateColumns.POSITION);
        }
        List<BigDecimal> schedule = new ArrayList<>();
        boolean anyMonth = false;
        for (int month = 0; month < 12; month++) {
            TemplateColumns.Column column = INDICATORS.get(TemplateColumns.FIRST_MONTH + month);
            try {
                BigDecimal share = Cells.decimal(row, column.index()).orElse(null);
                anyMonth |= share != null;
                schedule.add(share);
            } catch (Cells.NotANumber text) {
                report.add(INDICATOR_SHEET, number, column, code, "not-a-number", "应为 0–1 的数 / a share 0..1");
                reported.add(column);
                anyMonth = true;
                schedule.add(BigDecimal.ZERO);
            }
        }
        if (anyMonth && schedule.contains(null)) {
            report.add(INDICATOR_SHEET, number, INDICATORS.get(TemplateColumns.FIRST_MONTH), code, "twelve-months",
                    "1–12 月须全部填写或全部留空 / fill all twelve months or none");
            reported.addAll(INDICATORS.subList(TemplateColumns.FIRST_MONTH, INDICATORS.size()));
        }
        IndicatorDraft draft = new IndicatorDraft(code, Cells.text(row, TemplateColumns.PARENT.index()), level,
                Cells.text(row, TemplateColumns.NAME.index()), Cells.text(row, TemplateColumns.UNIT_OF_MEASURE.index()),
                direction, Cells.text(row, TemplateColumns.LEAD_DEPARTMENT.index()), frequency,
                anyMonth ? schedule : null, position, null);
        return new Parsed(number, draft, reported);
    }

    private <T> T pick(Row row, int number, String code, TemplateColumns.Column column, Map<String, T> names,
                       Set<TemplateColumns.Column> reported) {
        String text = Cells.text(row, column.index());
        if (text == null) {
            return null;
        }
        T value = names.get(text.toUpperCase(Locale.ROOT));
        if (value == null) {
            reported.add(column);
            report.add(INDICATOR_SHEET, number, column, code, "unknown-value",
                    "可填 / one of " + String.join(", ", new TreeSet<>(names.keySet())));
        }
        return value;
    }

    /** Checks the rows against each other and the cycle; the plan to insert (meaningful when the report is clean). */
    IndicatorPlan check() {
        Map<String, IndicatorLevel> sheetLevels = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (Parsed parsed : rows) {
            if (parsed.draft().code() != null) {
                codes.add(parsed.draft().code());
                sheetLevels.putIfAbsent(parsed.draft().code(), parsed.draft().level());
            }
        }
        Set<String> seen = new HashSet<>();
        List<IndicatorDraft> valid = new ArrayList<>();
        for (Parsed parsed : rows) {
            IndicatorDraft draft = parsed.draft();
            boolean ok = parsed.reported().isEmpty();
            String parent = draft.parent();
            IndicatorLevel parentLevel = parent == null ? null : sheetLevels.containsKey(parent) ? sheetLevels.get(parent)
                    : context.indicators().containsKey(parent) ? context.indicators().get(parent).level() : null;
            List<FieldViolation> violations = draft.violations(parentLevel);
            for (FieldViolation violation : violations) {
                TemplateColumns.Column column = TemplateColumns.forPath(INDICATORS, violation.path());
                if (!parsed.reported().contains(column)) { // an unreadable cell is reported once, as it was read
                    report.add(INDICATOR_SHEET, parsed.row(), column, draft.code(), violation.code(), violation.message());
                }
                ok = false;
            }
            if (draft.code() != null && !seen.add(draft.code())) {
                report.add(INDICATOR_SHEET, parsed.row(), TemplateColumns.CODE, draft.code(), "duplicate",
                        "代码在表中重复 / the code appears twice in the sheet");
                ok = false;
            } else if (draft.code() != null && context.indicators().containsKey(draft.code())) {
                report.add(INDICATOR_SHEET, parsed.row(), TemplateColumns.CODE, draft.code(), "exists",
                        "该年度已有此指标 / the cycle already has this indicator");
                ok = false;
            }
            if (ok) {
                valid.add(draft);
            }
        }
        valid.sort(Comparator.comparingInt(draft -> draft.level().ordinal()));
        Set<String> validCodes = new HashSet<>();
        valid.forEach(draft -> validCodes.add(draft.code()));
        return new IndicatorPlan(valid, validCodes, codes, leaves(valid));
    }

    /** Every leaf after the import (the cycle's and the sheet's), numbered in a stable order. */
    private Map<String, Integer> leaves(List<IndicatorDraft> inserted) {
        Map<String, IndicatorLevel> all = new LinkedHashMap<>();
        Set<String> parents = new HashSet<>();
        context.indicators().forEach((code, existing) -> {
            all.put(code, existing.level());
            if (existing.hasChildren()) {
                parents.add(code);
            }
        });
        for (IndicatorDraft draft : inserted) {
            all.put(draft.code(), draft.level());
            if (draft.parent() != null) {
                parents.add(draft.parent());
            }
        }
        Map<String, Integer> index = new HashMap<>();
        all.forEach((code, level) -> {
            if (level != IndicatorLevel.SECTION && !parents.contains(code)) {
                index.put(code, index.size());
            }
        });
        return index;
    }
}
