package cn.kaohe.indicators.progress;

import java.util.Set;

/**
 * What may happen to a report, from which states, into which. Pure rules: who may act is decided by
 * the controller from the caller's role and unit.
 */
public enum ReportAction {
    EDIT(Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED), null),
    SUBMIT(Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED), ReportStatus.SUBMITTED),
    VERIFY(Set.of(ReportStatus.SUBMITTED), ReportStatus.VERIFIED),
    APPROVE(Set.of(ReportStatus.VERIFIED), ReportStatus.APPROVED),
    RETURN(Set.of(ReportStatus.SUBMITTED, ReportStatus.VERIFIED), ReportStatus.RETURNED);

    private final Set<ReportStatus> from;
    private final ReportStatus to;

    ReportAction(Set<ReportStatus> from, ReportStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ReportStatus status) {
        return from.contains(status);
    }

    /** The state after the action; an edit keeps the state it was allowed in. */
    public ReportStatus after(ReportStatus status) {
        return to == null ? status : to;
    }
}
