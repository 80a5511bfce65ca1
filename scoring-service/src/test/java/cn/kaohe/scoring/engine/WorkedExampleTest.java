package cn.kaohe.scoring.engine;

import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;
import static cn.kaohe.scoring.engine.fixtures.Results.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.engine.fixtures.EngineJson;
import cn.kaohe.scoring.engine.fixtures.JsonComparison;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.engine.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The contract's worked example, computed by hand, reproduced to the cent in every field. */
class WorkedExampleTest {
    private static final String SCENARIO = "/engine/worked-example.scenario.json";
    private static final String RESULT = "/engine/worked-example.result.json";

    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void workedExampleScenarioIsValid() {
        assertEquals(List.of(), engine.validate(EngineJson.read(SCENARIO, Scenario.class)));
    }

    @Test
    void workedExampleReproducesTheHandComputedResultExactly() {
        Result result = engine.score(EngineJson.read(SCENARIO, Scenario.class));

        JsonNode expected = EngineJson.read(RESULT, JsonNode.class);
        JsonNode actual = EngineJson.MAPPER.valueToTree(result);
        List<String> differences = JsonComparison.differences(expected, actual);
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }

    @Test
    void workedExampleUnitsAreInRankOrderWithTheContractsFigures() {
        Result result = engine.score(EngineJson.read(SCENARIO, Scenario.class));

        assertEquals(List.of("C", "A", "D", "B"), result.units().stream().map(u -> u.unit()).toList());
        assertDecimal("101.34", unit(result, "A").finalScore());
        assertDecimal("97.93", unit(result, "A").targetScore());
        assertEquals(Grade.EXCELLENT, unit(result, "A").grade());
        assertEquals(Grade.GOOD, unit(result, "C").grade(), "SAFETY veto bars C from excellence");
        assertEquals(Grade.AVERAGE, unit(result, "D").grade());
        assertEquals(Grade.POOR, unit(result, "B").grade());
    }
}
