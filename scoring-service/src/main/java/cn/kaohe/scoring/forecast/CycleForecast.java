package cn.kaohe.scoring.forecast;

import java.math.BigDecimal;
import java.util.List;

/** 预测: every unit's projection as of a period, with the rulebook version it used. */
public record CycleForecast(String cycle, String asOf, BigDecimal timeProgress, int rulebookVersion,
                            BigDecimal riskDistance, List<UnitForecast> units) {
}
