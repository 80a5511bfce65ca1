package cn.kaohe.indicators.spreadsheets;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * What is wrong in an uploaded workbook, cell by cell: every error is counted, the first
 * {@value #LISTED} are listed (sheet, row number, column letter and name, the row's code, the error
 * code and message). Filled by one thread at a time (the parser's).
 */
final class ImportReport {

    /** One offending cell. {@code row} is the spreadsheet's row number (1 = the header row). */
    record CellError(String sheet, int row, String column, String columnName, String record, String code,
                     String message) {

        /** The cell in A1 notation, e.g. {@code '目标 Targets'!C17}. */
        String address() {
            return "'" + sheet + "'!" + column + (row > 0 ? String.valueOf(row) : "");
        }
    }

    static final int LISTED = 100;

    private final List<CellError> listed = new ArrayList<>();
    private long total;

    void add(String sheet, int row, TemplateColumns.Column column, String record, String code, String message) {
        add(new CellError(sheet, row, column == null ? "" : column.letter(), column == null ? null : column.field(),
                record, code, message));
    }

    void add(CellError error) {
        total++;
        if (listed.size() < LISTED) {
            listed.add(error);
        }
    }

    boolean isClean() {
        return total == 0;
    }

    long total() {
        return total;
    }

    List<CellError> listed() {
        return List.copyOf(listed);
    }

    /** The 422 that answers an import with errors: nothing was imported. */
    ProblemException problem() {
        List<FieldViolation> errors = listed.stream()
                .map(error -> new FieldViolation(error.address(), error.code(), error.message())).toList();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("errorCount", total);
        extensions.put("errorsListed", listed.size());
        extensions.put("cells", listed());
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed",
                "未导入任何数据:发现 " + total + " 处错误 / nothing was imported: " + total + " errors", errors, extensions);
    }
}
