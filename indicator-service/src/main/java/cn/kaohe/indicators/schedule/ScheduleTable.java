package cn.kaohe.indicators.schedule;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The time-schedule table as other features (warnings) read it: every target's line as of a period. */
@Component
public class ScheduleTable {

    private final ScheduleRepository rows;
    private final ThresholdsRepository thresholds;

    ScheduleTable(ScheduleRepository rows, ThresholdsRepository thresholds) {
        this.rows = rows;
        this.thresholds = thresholds;
    }

    /** @param onlyUnit one unit's lines, or every unit's when null; coloured by the cycle's thresholds */
    public Flux<ScheduleLine> lines(String cycle, String period, String onlyUnit) {
        int month = Integer.parseInt(period.substring(5));
        return thresholds.find(cycle).map(CycleThresholds::rules).defaultIfEmpty(Thresholds.defaults())
                .flatMapMany(rules -> rows.rows(cycle, period, onlyUnit).map(row -> line(row, month, rules)));
    }

    static ScheduleLine line(ScheduleRepository.Row row, int month, Thresholds thresholds) {
        ScheduleCheck check = ScheduleCheck.progress(row.actual(), row.target(), row.higherIsBetter(),
                ExpectedProgress.of(row.schedule()), month, thresholds);
        Colour colour = row.higherIsBetter() || row.actual() == null ? check.colour()
                : ScheduleCheck.controlLine(row.actual(), row.target(), thresholds);
        return new ScheduleLine(row.unit(), row.indicator(), row.target(), row.actual(), row.actualPeriod(),
                check.completion(), check.timeProgress(), check.gap(), colour, row.responsibleUnit(), row.coUnits());
    }
}
