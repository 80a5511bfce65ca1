package cn.kaohe.indicators.spreadsheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The import template (seeds/import-template.xlsx, also served by the API): the indicator and target
 * sheets with their header rows and a few example rows that import as they are into a cycle where
 * the demo units exist, and a README sheet describing every column.
 */
final class ImportTemplateWorkbook {

    /** Sheet, column, required, what it holds (the README sheet; seeds/README.md says the same). */
    static final List<String[]> README = List.of(
            new String[] {"指标体系 Indicators", "A", "必填 required", "指标代码 code: letters, digits, - and _, ≤ 32, unique in the cycle"},
            new String[] {"指标体系 Indicators", "B", "二级、三级必填", "上级代码 parent: the section of an indicator, the indicator of a sub-indicator (in this sheet or already in the cycle)"},
            new String[] {"指标体系 Indicators", "C", "必填 required", "层级 level: SECTION (一级), INDICATOR (二级), SUB_INDICATOR (三级)"},
            new String[] {"指标体系 Indicators", "D", "必填 required", "指标名称 name, ≤ 200"},
            new String[] {"指标体系 Indicators", "E", "", "计量单位 unit of measure (亿元, %, 个), ≤ 32"},
            new String[] {"指标体系 Indicators", "F", "", "方向 direction: HIGHER_BETTER (正向, default) or LOWER_BETTER (逆向, control lines)"},
            new String[] {"指标体系 Indicators", "G", "", "牵头部门 lead department: a unit code"},
            new String[] {"指标体系 Indicators", "H", "", "填报频次 frequency: MONTHLY (月), QUARTERLY (季), YEARLY (年)"},
            new String[] {"指标体系 Indicators", "I", "", "排序 position: a whole number, reading order among siblings"},
            new String[] {"指标体系 Indicators", "J–U", "全填或全空 all or none", "1月–12月: cumulative expected share after each month, 0–1, non-decreasing, December = 1; empty = linear (m/12)"},
            new String[] {"目标 Targets", "A", "必填 required", "单位代码 unit: an existing unit whose letter is not signed"},
            new String[] {"目标 Targets", "B", "必填 required", "指标代码 indicator: a leaf of the tree (this workbook's or the cycle's)"},
            new String[] {"目标 Targets", "C", "必填 required", "目标值 target: a number ≥ 0, at most 6 decimals (for control lines: the line)"},
            new String[] {"目标 Targets", "D", "", "分值 points: > 0, overrides the rulebook's points for this unit"},
            new String[] {"目标 Targets", "E", "", "责任单位 responsible unit: a unit code, default the unit itself"},
            new String[] {"目标 Targets", "F", "", "协办单位 co-units: unit codes separated by 、 , ; or spaces"},
            new String[] {"", "", "", "第 1 行为表头,数据从第 2 行起;任一错误则整份不导入,并逐格列出错误。Row 1 is the header; data from row 2. "
                    + "Any error imports nothing and lists every offending cell. Existing indicators and targets are errors: change those one by one."});

    private static final Object[][] INDICATOR_EXAMPLES = {
            {"ECON", null, "SECTION", "经济发展", null, null, null, null, 1},
            {"GDP", "ECON", "INDICATOR", "地区生产总值", "亿元", "HIGHER_BETTER", "TJJ", "MONTHLY", 2},
            {"FAI", "ECON", "INDICATOR", "固定资产投资", "亿元", "HIGHER_BETTER", "FGW", "MONTHLY", 3,
                    0.03, 0.06, 0.1, 0.16, 0.25, 0.4, 0.5, 0.6, 0.74, 0.87, 0.95, 1},
            {"COMMON", null, "SECTION", "共性指标", null, null, null, null, 4},
            {"SAFETY_PROD", "COMMON", "INDICATOR", "安全生产(事故起数控制线)", "起", "LOWER_BETTER", "YJJ", "MONTHLY", 5},
    };

    private static final Object[][] TARGET_EXAMPLES = {
            {"HANYIN", "GDP", 65.2, 10, "HANYIN", "TJJ"},
            {"HANYIN", "FAI", 132, null, null, null},
            {"HANYIN", "SAFETY_PROD", 4, null, null, null},
            {"SHIQUAN", "GDP", 48.5, null, null, "TJJ、FGW"},
    };

    private ImportTemplateWorkbook() {
    }

    static void write(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Kaohe", "1.0");
            sheet(workbook.newWorksheet(TemplateColumns.INDICATOR_SHEET), TemplateColumns.INDICATORS, INDICATOR_EXAMPLES);
            sheet(workbook.newWorksheet(TemplateColumns.TARGET_SHEET), TemplateColumns.TARGETS, TARGET_EXAMPLES);
            Worksheet readme = workbook.newWorksheet(TemplateColumns.README_SHEET);
            String[] headers = {"工作表 Sheet", "列 Column", "是否必填 Required", "说明 Description"};
            for (int column = 0; column < headers.length; column++) {
                readme.value(0, column, headers[column]);
                readme.style(0, column).bold().set();
            }
            for (int row = 0; row < README.size(); row++) {
                for (int column = 0; column < 4; column++) {
                    readme.value(row + 1, column, README.get(row)[column]);
                }
            }
            readme.width(0, 22);
            readme.width(3, 110);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Worksheet sheet, List<TemplateColumns.Column> columns, Object[][] examples) {
        for (TemplateColumns.Column column : columns) {
            sheet.value(0, column.index(), column.header());
            sheet.style(0, column.index()).bold().fillColor("DDE4EE").set();
            sheet.width(column.index(), column.index() < TemplateColumns.FIRST_MONTH ? 20 : 10);
        }
        for (int row = 0; row < examples.length; row++) {
            for (int column = 0; column < examples[row].length; column++) {
                Object value = examples[row][column];
                if (value instanceof Number number) {
                    sheet.value(row + 1, column, number);
                } else if (value != null) {
                    sheet.value(row + 1, column, value.toString());
                }
            }
        }
        sheet.freezePane(0, 1);
    }
}
