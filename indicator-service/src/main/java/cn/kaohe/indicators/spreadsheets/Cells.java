package cn.kaohe.indicators.spreadsheets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;

/** Reading one cell as text or as an exact decimal, whatever the office's Excel stored it as. */
final class Cells {

    /** Excel keeps 15 significant digits; the file may carry a binary double's tail (65.200000000000003). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private Cells() {
    }

    /** The cell's text, trimmed; null when the cell is absent or blank. Numbers read as plain digits. */
    static String text(Row row, int index) {
        Optional<Cell> found = row.getOptionalCell(index);
        if (found.isEmpty()) {
            return null;
        }
        Cell cell = found.get();
        String text = switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> exact(cell.asNumber()).toPlainString();
            case STRING -> cell.asString();
            default -> cell.getRawValue();
        };
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.trim();
    }

    /** Whether the row has no text in its first {@code width} cells (formatted but empty rows are skipped). */
    static boolean isBlank(Row row, int width) {
        for (int i = 0; i < width; i++) {
            if (text(row, i) != null) {
                return false;
            }
        }
        return true;
    }

    /** A decimal cell: empty for a blank cell; {@link NotANumber} for text that is no number. */
    static Optional<BigDecimal> decimal(Row row, int index) {
        Optional<Cell> found = row.getOptionalCell(index);
        if (found.isPresent() && found.get().getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
            return Optional.of(exact(found.get().asNumber()));
        }
        String text = text(row, index);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(exact(new BigDecimal(text.replace(",", ""))));
        } catch (NumberFormatException notNumeric) {
            throw new NotANumber(text);
        }
    }

    private static BigDecimal exact(BigDecimal value) {
        BigDecimal rounded = value.round(EXCEL_PRECISION).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** A cell that should hold a number holds text. */
    static final class NotANumber extends RuntimeException {
        NotANumber(String text) {
            super(text.length() > 40 ? text.substring(0, 40) + "…" : text, null, false, false);
        }
    }
}
