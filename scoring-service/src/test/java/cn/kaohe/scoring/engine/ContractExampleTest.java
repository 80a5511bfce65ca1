package cn.kaohe.scoring.engine;

import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;
import static cn.kaohe.scoring.engine.fixtures.Results.indicator;
import static cn.kaohe.scoring.engine.fixtures.Results.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaohe.scoring.engine.fixtures.EngineJson;
import cn.kaohe.scoring.engine.result.IndicatorResult;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.engine.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** The scenario shown in the contract's "Scenario" section binds, validates and scores. */
class ContractExampleTest {
    private static final String SCENARIO = "/engine/contract-example.scenario.json";

    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void contractExampleIsValid() {
        assertEquals(List.of(), engine.validate(EngineJson.read(SCENARIO, Scenario.class)));
    }

    @Test
    void contractExampleScoresGdpAsTheResultIllustrationShows() {
        Result result = engine.score(EngineJson.read(SCENARIO, Scenario.class));

        IndicatorResult gdp = indicator(result, "A", "GDP");
        assertDecimal("10", gdp.earned());
        assertDecimal("1.0923", gdp.completion());
        assertDecimal("3", gdp.bonus());
        assertDecimal("4.25", indicator(result, "A", "PTY").earned());
        assertDecimal("95", unit(result, "A").targetScore(), "100 × (10 + 4.25) / 15");
        assertFalse(unit(result, "A").socialMissing());
        assertEquals(List.of("SAFETY"), unit(result, "A").vetoes());
        assertEquals(Grade.GOOD, unit(result, "A").grade(), "SAFETY bars excellence");
    }

    @Test
    void unknownJsonFieldIsRejectedByTheBinding() {
        String typo = "{\"rulebook\": {\"cycle\": \"2024\", \"weigths\": {}}}";

        assertThrows(UnrecognizedPropertyException.class, () -> EngineJson.MAPPER.readValue(typo, Scenario.class));
    }
}
