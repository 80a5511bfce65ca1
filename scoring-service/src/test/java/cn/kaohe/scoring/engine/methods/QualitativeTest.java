package cn.kaohe.scoring.engine.methods;

import static cn.kaohe.scoring.engine.fixtures.Num.d;
import static cn.kaohe.scoring.engine.fixtures.Results.assertDecimal;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QualitativeTest {
    private final Qualitative levels = new Qualitative(Map.of("A", d("1.0"), "B", d("0.85"), "C", d("0.7"), "D", d("0.5")));

    @Test
    void earnsThePointsTimesTheLevelsShare() {
        assertDecimal("4.25", levels.score(Measurement.ofLevel(d("5"), "B")).earned());
        assertDecimal("5", levels.score(Measurement.ofLevel(d("5"), "A")).earned());
    }

    @Test
    void missingLevelEarnsZeroAndIsMarkedMissing() {
        IndicatorScore score = levels.score(Measurement.ofLevel(d("5"), null));

        assertTrue(score.missing());
        assertDecimal("0", score.earned());
    }
}
