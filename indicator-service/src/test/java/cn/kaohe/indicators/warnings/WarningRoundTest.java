package cn.kaohe.indicators.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.indicators.schedule.Colour;
import cn.kaohe.indicators.schedule.ScheduleLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WarningRoundTest {

    @Test
    void aLaggingLineWithoutAnOpenWarningGetsOneForTheResponsibleUnitAndCoUnits() {
        WarningRound.Outcome outcome = WarningRound.decide(List.of(line("A", Colour.YELLOW, "LEAD", List.of("CO"))), Map.of());

        assertThat(outcome.issue()).singleElement()
                .satisfies(issue -> assertThat(issue.recipients()).containsExactly("LEAD", "CO"));
        assertThat(outcome.escalate()).isEmpty();
        assertThat(outcome.close()).isEmpty();
    }

    @Test
    void anOpenYellowWarningWhoseLineTurnsRedIsEscalatedNotIssuedAgain() {
        OpenWarning yellow = open("A", "YELLOW");

        WarningRound.Outcome outcome = WarningRound.decide(List.of(line("A", Colour.RED, null, null)),
                Map.of("A/GDP", yellow));

        assertThat(outcome.issue()).isEmpty();
        assertThat(outcome.escalate()).singleElement().satisfies(up -> assertThat(up.warning()).isSameAs(yellow));
    }

    @Test
    void anOpenRedWarningStillRedOrNowYellowStaysAsItIs() {
        WarningRound.Outcome stillRed = WarningRound.decide(List.of(line("A", Colour.RED, null, null)),
                Map.of("A/GDP", open("A", "RED")));
        WarningRound.Outcome better = WarningRound.decide(List.of(line("A", Colour.YELLOW, null, null)),
                Map.of("A/GDP", open("A", "RED")));

        assertThat(stillRed.issue()).isEmpty();
        assertThat(stillRed.escalate()).isEmpty();
        assertThat(better.escalate()).isEmpty();
        assertThat(better.close()).isEmpty();
    }

    @Test
    void anOpenWarningWhoseLineIsGreenAgainIsClosed() {
        OpenWarning yellow = open("A", "YELLOW");

        WarningRound.Outcome outcome = WarningRound.decide(List.of(line("A", Colour.GREEN, null, null)),
                Map.of("A/GDP", yellow));

        assertThat(outcome.close()).containsExactly(yellow);
    }

    private static ScheduleLine line(String unit, Colour colour, String responsible, List<String> coUnits) {
        return new ScheduleLine(unit, "GDP", BigDecimal.TEN, BigDecimal.ONE, "2024-06", new BigDecimal("0.1"),
                new BigDecimal("0.5"), BigDecimal.valueOf(-40), colour, responsible, coUnits);
    }

    private static OpenWarning open(String unit, String colour) {
        return new OpenWarning(UUID.randomUUID(), unit, "GDP", colour);
    }
}
