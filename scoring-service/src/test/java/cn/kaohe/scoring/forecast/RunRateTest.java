package cn.kaohe.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.engine.scenario.ActualValue;
import cn.kaohe.scoring.upstream.CycleFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunRateTest {

    private static CycleFacts factsWith(String actual) {
        return new CycleFacts("2024", "2024-06", List.of(), List.of(),
                List.of(new ActualValue("A", "GDP", new BigDecimal(actual))), List.of(), List.of(), List.of());
    }

    @Test
    void timeProgressIsMonthsElapsedOverTwelve() {
        assertThat(RunRate.timeProgress(10).setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.8333");
        assertThat(RunRate.timeProgress(3)).isEqualByComparingTo("0.25");
        assertThat(RunRate.timeProgress(9)).isEqualByComparingTo("0.75");
    }

    @Test
    void halfwayThroughTheYearACumulativeActualDoubles() {
        assertThat(RunRate.projectToYearEnd(factsWith("313.64"), 6).values().getFirst().actual())
                .isEqualByComparingTo("627.28");
    }

    @Test
    void publishedCheckAfterOctoberProjectsAtTheSamePace() {
        // 629.0 after October is 97.16% of 647.4 against 83.33% time progress: the year ends above target.
        BigDecimal projected = RunRate.projectToYearEnd(factsWith("629.0"), 10).values().getFirst().actual();
        assertThat(projected.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("754.80");
    }

    @Test
    void decemberValuesStandAsTheyAre() {
        CycleFacts facts = factsWith("33.82");
        assertThat(RunRate.projectToYearEnd(facts, 12)).isSameAs(facts);
    }
}
