package cn.kaohe.indicators.spreadsheets;

import cn.kaohe.indicators.system.IndicatorLevel;
import java.util.Map;
import java.util.Set;

/**
 * What an import checks the workbook against, read once before parsing: the cycle's year, every
 * unit (numbered, so that unit × indicator pairs fit a bit set), the cycle's indicators and the units
 * whose letters are signed. Its size follows the units and indicators, never the target rows.
 */
record ImportContext(int cycleYear, Map<String, Integer> unitIndex, Map<String, ExistingIndicator> indicators,
                     Set<String> signedUnits) {

    /** An indicator already in the cycle's tree. */
    record ExistingIndicator(IndicatorLevel level, boolean hasChildren) {
    }
}
