package cn.kaohe.indicators.progress;

import cn.kaohe.defaults.security.Caller;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features (evidence) may ask of the progress reports. */
@Component
public class ProgressReports {

    private final ProgressReportRepository reports;

    ProgressReports(ProgressReportRepository reports) {
        this.reports = reports;
    }

    /** The report if the caller may read it (a unit's user only its own unit's), else empty. */
    public Mono<ProgressReport> visible(String cycle, UUID id, Caller caller) {
        return reports.find(cycle, id).filter(report -> caller.mayAccessUnit(report.unit()));
    }

    /** Whether a caller may attach evidence to a report now. */
    public enum Attaching { ALLOWED, NOT_IN_THIS_STATE, FORBIDDEN }

    /**
     * The office and the indicator's lead department may attach evidence at any time (a correction's basis,
     * say); the unit's reporter while the report is a draft or returned.
     */
    public Mono<Attaching> attaching(ProgressReport report, Caller caller) {
        return reports.leadDepartment(report.cycle(), report.indicator()).defaultIfEmpty(Optional.empty())
                .map(lead -> {
                    if (ReportPermissions.mayCorrect(caller, lead.orElse(null))) {
                        return Attaching.ALLOWED;
                    }
                    if (!ReportPermissions.mayReport(caller, report.unit())) {
                        return Attaching.FORBIDDEN;
                    }
                    return ReportAction.EDIT.allowedFrom(report.status()) ? Attaching.ALLOWED
                            : Attaching.NOT_IN_THIS_STATE;
                });
    }
}
