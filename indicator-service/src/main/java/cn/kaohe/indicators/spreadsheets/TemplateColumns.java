package cn.kaohe.indicators.spreadsheets;

import java.util.ArrayList;
import java.util.List;

/**
 * The import template's sheets and columns (seeds/README.md describes them for the office): one sheet
 * for the indicator tree, one for the targets. Columns are fixed by position; the header row (row 1)
 * must name them (the Chinese or the English part is enough), data starts at row 2.
 */
final class TemplateColumns {

    /** One column: its letter, the header written in the template, and the JSON field it fills. */
    record Column(int index, String header, String field) {
        String letter() {
            return letterOf(index);
        }

        boolean matches(String text) {
            if (text == null) {
                return false;
            }
            String cell = text.trim();
            int space = header.indexOf(' ');
            return cell.equalsIgnoreCase(header) || cell.equals(header.substring(0, space))
                    || cell.equalsIgnoreCase(header.substring(space + 1)) || cell.equalsIgnoreCase(field);
        }
    }

    static final String INDICATOR_SHEET = "指标体系 Indicators";
    static final String TARGET_SHEET = "目标 Targets";
    static final String README_SHEET = "说明 README";

    static final Column CODE = new Column(0, "指标代码 code", "code");
    static final Column PARENT = new Column(1, "上级代码 parent", "parent");
    static final Column LEVEL = new Column(2, "层级 level", "level");
    static final Column NAME = new Column(3, "指标名称 name", "name");
    static final Column UNIT_OF_MEASURE = new Column(4, "计量单位 unitOfMeasure", "unitOfMeasure");
    static final Column DIRECTION = new Column(5, "方向 direction", "direction");
    static final Column LEAD_DEPARTMENT = new Column(6, "牵头部门 leadDepartment", "leadDepartment");
    static final Column FREQUENCY = new Column(7, "填报频次 frequency", "frequency");
    static final Column POSITION = new Column(8, "排序 position", "position");
    /** Columns J–U: the 12 cumulative monthly shares of the expected-progress schedule (all or none). */
    static final int FIRST_MONTH = 9;

    static final List<Column> INDICATORS;

    static {
        List<Column> columns = new ArrayList<>(List.of(CODE, PARENT, LEVEL, NAME, UNIT_OF_MEASURE, DIRECTION,
                LEAD_DEPARTMENT, FREQUENCY, POSITION));
        for (int month = 1; month <= 12; month++) {
            columns.add(new Column(FIRST_MONTH + month - 1, month + "月 schedule[" + (month - 1) + "]",
                    "schedule[" + (month - 1) + "]"));
        }
        INDICATORS = List.copyOf(columns);
    }

    static final Column UNIT = new Column(0, "单位代码 unit", "unit");
    static final Column INDICATOR = new Column(1, "指标代码 indicator", "indicator");
    static final Column TARGET = new Column(2, "目标值 target", "target");
    static final Column POINTS = new Column(3, "分值 points", "points");
    static final Column RESPONSIBLE_UNIT = new Column(4, "责任单位 responsibleUnit", "responsibleUnit");
    static final Column CO_UNITS = new Column(5, "协办单位 coUnits", "coUnits");

    static final List<Column> TARGETS = List.of(UNIT, INDICATOR, TARGET, POINTS, RESPONSIBLE_UNIT, CO_UNITS);

    private TemplateColumns() {
    }

    static String letterOf(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The column a draft's JSON path names ({@code $.schedule[3]} → column M), the code column when none fits. */
    static Column forPath(List<Column> columns, String path) {
        String field = path.startsWith("$.") ? path.substring(2) : path;
        for (Column column : columns) {
            if (field.equals(column.field())) {
                return column;
            }
        }
        for (Column column : columns) {
            if (field.startsWith(column.field()) || column.field().startsWith(field)) {
                return column;
            }
        }
        return columns.get(0);
    }
}
