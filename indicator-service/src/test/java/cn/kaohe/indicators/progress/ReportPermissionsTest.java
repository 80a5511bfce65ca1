package cn.kaohe.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.security.Caller;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportPermissionsTest {

    private static final Caller REPORTER = new Caller("s1", "reporter", Set.of("unit-reporter"), "HANYIN");
    private static final Caller LEADER = new Caller("s2", "leader", Set.of("unit-leader"), "HANYIN");
    private static final Caller STATS = new Caller("s3", "stats", Set.of("lead-dept"), "TJJ");
    private static final Caller OFFICE = new Caller("s4", "office", Set.of("office"), null);

    @Test
    void reporterSubmitsOnlyForItsOwnUnit() {
        assertThat(ReportPermissions.mayAct(REPORTER, ReportAction.SUBMIT, "HANYIN", "TJJ")).isTrue();
        assertThat(ReportPermissions.mayAct(REPORTER, ReportAction.SUBMIT, "SHIQUAN", "TJJ")).isFalse();
        assertThat(ReportPermissions.mayReport(LEADER, "HANYIN")).isFalse();
    }

    @Test
    void onlyTheIndicatorsLeadDepartmentVerifiesOrReturns() {
        assertThat(ReportPermissions.mayAct(STATS, ReportAction.VERIFY, "HANYIN", "TJJ")).isTrue();
        assertThat(ReportPermissions.mayAct(STATS, ReportAction.RETURN, "HANYIN", "TJJ")).isTrue();
        assertThat(ReportPermissions.mayAct(STATS, ReportAction.VERIFY, "HANYIN", "FGJ")).isFalse();
        assertThat(ReportPermissions.mayAct(STATS, ReportAction.VERIFY, "HANYIN", null)).isFalse();
    }

    @Test
    void onlyTheOfficeApproves() {
        assertThat(ReportPermissions.mayAct(STATS, ReportAction.APPROVE, "HANYIN", "TJJ")).isFalse();
        assertThat(ReportPermissions.mayAct(REPORTER, ReportAction.APPROVE, "HANYIN", "TJJ")).isFalse();
        assertThat(ReportPermissions.mayAct(OFFICE, ReportAction.APPROVE, "HANYIN", "TJJ")).isTrue();
    }
}
