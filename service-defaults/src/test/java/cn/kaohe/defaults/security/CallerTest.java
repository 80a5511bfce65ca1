package cn.kaohe.defaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void unitReporterIsConfinedToItsUnit() {
        Caller reporter = new Caller("s", "reporter", Set.of(Roles.UNIT_REPORTER), "HANYIN");
        assertThat(reporter.isUnitScoped()).isTrue();
        assertThat(reporter.scopedUnit()).isEqualTo("HANYIN");
        assertThat(reporter.mayAccessUnit("HANYIN")).isTrue();
        assertThat(reporter.mayAccessUnit("SHIQUAN")).isFalse();
    }

    @Test
    void cityWideRolesAreNotConfinedEvenWithAUnitClaim() {
        Caller stats = new Caller("s", "stats", Set.of(Roles.LEAD_DEPT), "TJJ");
        assertThat(stats.isUnitScoped()).isFalse();
        assertThat(stats.scopedUnit()).isNull();
        assertThat(stats.mayAccessUnit("HANYIN")).isTrue();
    }

    @Test
    void unitUserWithoutAUnitClaimSeesNoUnit() {
        Caller orphan = new Caller("s", "orphan", Set.of(Roles.UNIT_LEADER), null);
        assertThat(orphan.mayAccessUnit("HANYIN")).isFalse();
        assertThat(orphan.scopedUnit()).isNotNull().isNotEqualTo("HANYIN");
    }
}
