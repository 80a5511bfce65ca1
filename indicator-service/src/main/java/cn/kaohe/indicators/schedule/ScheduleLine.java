package cn.kaohe.indicators.schedule;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the time-schedule table (序时进度表): a unit × indicator, its target, its latest approved
 * cumulative actual up to the period, and where that stands against the schedule.
 */
public record ScheduleLine(String unit, String indicator, BigDecimal target, BigDecimal actual, String actualPeriod,
                           BigDecimal completion, BigDecimal timeProgress, BigDecimal gap, Colour colour,
                           String responsibleUnit, List<String> coUnits) {
}
