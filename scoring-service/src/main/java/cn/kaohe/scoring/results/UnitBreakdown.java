package cn.kaohe.scoring.results;

import cn.kaohe.scoring.engine.result.IndicatorResult;
import cn.kaohe.scoring.engine.result.UnitExplanation;
import java.util.List;

/** One unit's result line by line: each indicator, and how bonus, deduction and grade came about. */
public record UnitBreakdown(int version, ResultStatus status, UnitStanding standing,
                            List<IndicatorResult> indicators, UnitExplanation explanation) {
}
