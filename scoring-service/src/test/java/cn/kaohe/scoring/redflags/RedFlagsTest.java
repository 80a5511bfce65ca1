package cn.kaohe.scoring.redflags;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.engine.result.IndicatorResult;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.result.UnitResult;
import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.upstream.CycleFacts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedFlagsTest {

    private static IndicatorResult line(String code, String points, String earned) {
        return new IndicatorResult(code, new BigDecimal(points), new BigDecimal(earned), null, null, BigDecimal.ZERO, false);
    }

    private static UnitResult unit(String code, IndicatorResult... lines) {
        return new UnitResult(code, "ECO", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 1, 1, Grade.GOOD, List.of(), false, List.of(lines));
    }

    private static final CycleFacts.Section ECONOMY = new CycleFacts.Section("ECON", "经济发展", List.of("GDP", "FAI"));
    private static final CycleFacts.Section LIVELIHOOD = new CycleFacts.Section("LIFE", "社会民生", List.of("EDU"));

    private final Result result = new Result("2024", List.of(
            unit("A", line("GDP", "10", "9"), line("FAI", "10", "9"), line("EDU", "5", "2")),
            unit("B", line("GDP", "10", "10"), line("FAI", "10", "10"), line("EDU", "5", "4")),
            unit("C", line("GDP", "10", "5"), line("FAI", "10", "5"), line("EDU", "5", "4")),
            unit("D", line("GDP", "10", "7"), line("FAI", "10", "7"))));

    @Test
    void bestOfASectionGetsTheRedFlagAndTheLastTheYellowCard() {
        SectionRanking economy = RedFlags.rank(result, List.of(ECONOMY, LIVELIHOOD), 1, 1).getFirst();
        assertThat(economy.units()).extracting(SectionRanking.Entry::unit).containsExactly("B", "A", "D", "C");
        assertThat(economy.units()).extracting(SectionRanking.Entry::flag)
                .containsExactly(Flag.RED_FLAG, null, null, Flag.YELLOW_CARD);
        assertThat(economy.units().getFirst().score()).isEqualByComparingTo("100.00");
    }

    @Test
    void tiesShareTheFlagAndUnitsWithoutTheSectionAreNotRanked() {
        SectionRanking livelihood = RedFlags.rank(result, List.of(ECONOMY, LIVELIHOOD), 1, 1).get(1);
        assertThat(livelihood.units()).extracting(SectionRanking.Entry::unit).containsExactly("B", "C", "A");
        assertThat(livelihood.units()).extracting(SectionRanking.Entry::rank).containsExactly(1, 1, 3);
        assertThat(livelihood.units()).extracting(SectionRanking.Entry::flag)
                .containsExactly(Flag.RED_FLAG, Flag.RED_FLAG, Flag.YELLOW_CARD);
    }

    @Test
    void tieReachingIntoTheBottomSharesTheYellowCard() {
        Result tied = new Result("2024", List.of(
                unit("A", line("GDP", "10", "10")), unit("B", line("GDP", "10", "8")),
                unit("C", line("GDP", "10", "5")), unit("D", line("GDP", "10", "5"))));
        SectionRanking all = RedFlags.rank(tied, List.of(), 1, 1).getFirst();
        assertThat(all.section()).isEqualTo("ALL");
        assertThat(all.units()).extracting(SectionRanking.Entry::flag)
                .containsExactly(Flag.RED_FLAG, null, Flag.YELLOW_CARD, Flag.YELLOW_CARD);
    }
}
