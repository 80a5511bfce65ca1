package cn.kaohe.indicators.spreadsheets;

import java.util.List;
import org.dhatim.fastexcel.reader.Row;

/** The header row of a sheet must name the template's columns, so that a shifted column is never read as another. */
final class Headers {

    private Headers() {
    }

    /** True when every column's header matches; otherwise each mismatch is reported and the sheet is not read. */
    static boolean check(String sheet, Row header, List<TemplateColumns.Column> columns, ImportReport report) {
        if (header.getRowNum() != 1) {
            report.add(sheet, 1, columns.get(0), null, "missing-header", "第 1 行须为表头 / row 1 must be the header row");
            return false;
        }
        if (columns.stream().noneMatch(column -> column.matches(Cells.text(header, column.index())))) {
            report.add(sheet, 1, columns.get(0), null, "missing-header", "第 1 行须为表头 / row 1 must be the header row");
            return false;
        }
        boolean ok = true;
        for (TemplateColumns.Column column : columns) {
            String text = Cells.text(header, column.index());
            if (!column.matches(text)) {
                report.add(sheet, header.getRowNum(), column, null, "unexpected-header",
                        "表头应为 / the header should be \"" + column.header() + "\"" + (text == null ? "" : ", not \"" + text + "\""));
                ok = false;
            }
        }
        return ok;
    }
}
