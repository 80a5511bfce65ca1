package cn.kaohe.scoring.engine.result;

import java.util.List;

/** The scoring result of a cycle: every unit, in {@code rankOverall} order (ties by unit code). */
public record Result(String cycle, List<UnitResult> units) {

    public Result {
        units = List.copyOf(units);
    }
}
