package cn.kaohe.indicators.system;

import java.math.BigDecimal;
import java.util.List;

/** A node of a cycle's indicator tree. {@code schedule} null means linear expected progress. */
public record Indicator(String cycle, String code, String parent, IndicatorLevel level, String name,
                        String unitOfMeasure, Direction direction, String leadDepartment, Frequency frequency,
                        List<BigDecimal> schedule, int position, long version) {
}
