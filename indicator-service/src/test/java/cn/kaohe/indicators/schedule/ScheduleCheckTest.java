package cn.kaohe.indicators.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of domain.md, "Progress rules", and its three published checks. */
class ScheduleCheckTest {

    private static ScheduleCheck linear(String actual, String target, int month) {
        return ScheduleCheck.progress(new BigDecimal(actual), new BigDecimal(target), true,
                ExpectedProgress.linear(), month, Thresholds.defaults());
    }

    @Test
    void publishedCheckAfterOctober() {
        ScheduleCheck check = linear("629.0", "647.4", 10);
        assertThat(check.completion()).isEqualByComparingTo("0.9716");
        assertThat(check.timeProgress()).isEqualByComparingTo("0.8333");
        assertThat(check.gap()).isEqualByComparingTo("13.82");
        assertThat(check.colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void publishedCheckAfterMarch() {
        ScheduleCheck check = linear("313.64", "1015", 3);
        assertThat(check.completion()).isEqualByComparingTo("0.3090");
        assertThat(check.timeProgress()).isEqualByComparingTo("0.2500");
        assertThat(check.gap()).isEqualByComparingTo("5.90");
    }

    @Test
    void publishedCheckAfterSeptember() {
        ScheduleCheck check = linear("33.82", "37.1", 9);
        assertThat(check.completion()).isEqualByComparingTo("0.9116");
        assertThat(check.timeProgress()).isEqualByComparingTo("0.7500");
        assertThat(check.gap()).isEqualByComparingTo("16.16");
    }

    @Test
    void behindByUpToTenPointsIsYellowAndMoreIsRed() {
        assertThat(linear("40", "100", 6).colour()).isEqualTo(Colour.YELLOW);   // gap exactly -10
        assertThat(linear("39.99", "100", 6).colour()).isEqualTo(Colour.RED);
        assertThat(linear("50", "100", 6).colour()).isEqualTo(Colour.GREEN);    // gap exactly 0
    }

    @Test
    void lowerIsBetterCompletionIsTargetOverActual() {
        ScheduleCheck check = ScheduleCheck.progress(new BigDecimal("4"), new BigDecimal("2"), false,
                ExpectedProgress.linear(), 12, Thresholds.defaults());
        assertThat(check.completion()).isEqualByComparingTo("0.5");
        assertThat(check.colour()).isEqualTo(Colour.RED);
    }

    @Test
    void ownScheduleReplacesLinearTimeProgress() {
        // Investment weighted to the fourth quarter: 5% a month until September, then the rest.
        List<BigDecimal> backLoaded = List.of("0.05", "0.10", "0.15", "0.20", "0.25", "0.30", "0.35", "0.40",
                "0.45", "0.60", "0.80", "1").stream().map(BigDecimal::new).toList();
        ScheduleCheck check = ScheduleCheck.progress(new BigDecimal("40"), new BigDecimal("100"), true,
                ExpectedProgress.of(backLoaded), 6, Thresholds.defaults());
        assertThat(check.timeProgress()).isEqualByComparingTo("0.3000");
        assertThat(check.colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void controlLineTurnsYellowAtEightyPercentAndRedAboveTheLine() {
        assertThat(ScheduleCheck.controlLine(new BigDecimal("7"), new BigDecimal("10"), Thresholds.defaults()))
                .isEqualTo(Colour.GREEN);
        assertThat(ScheduleCheck.controlLine(new BigDecimal("8"), new BigDecimal("10"), Thresholds.defaults()))
                .isEqualTo(Colour.YELLOW);
        assertThat(ScheduleCheck.controlLine(new BigDecimal("10"), new BigDecimal("10"), Thresholds.defaults()))
                .isEqualTo(Colour.YELLOW);
        assertThat(ScheduleCheck.controlLine(new BigDecimal("11"), new BigDecimal("10"), Thresholds.defaults()))
                .isEqualTo(Colour.RED);
    }
}
