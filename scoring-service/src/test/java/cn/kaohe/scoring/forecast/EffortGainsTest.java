package cn.kaohe.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.engine.fixtures.EngineJson;
import cn.kaohe.scoring.engine.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffortGainsTest {

    private final Scenario example = EngineJson.read("/engine/worked-example.scenario.json", Scenario.class);

    @Test
    void ratioIndicatorBelowItsCapGainsMostForUnitA() {
        Map<String, List<EffortGain>> gains = EffortGains.best(example, 3);
        List<EffortGain> a = gains.get("A");
        assertThat(a).extracting(EffortGain::indicator).containsExactly("GDP", "IND");
        // 1% of GDP's target earns 0.1 of 10 points: 0.1 x 0.8 x 100 / 29 points in all.
        assertThat(a.get(0).finalScoreGain()).isEqualByComparingTo("0.2759");
        // 1% of IND's target (0.06) at 0.5 per unit earns 0.03: 0.03 x 0.8 x 100 / 29.
        assertThat(a.get(1).finalScoreGain()).isEqualByComparingTo("0.0828");
    }

    @Test
    void metControlLineAndRankIndicatorsAreNotListed() {
        assertThat(EffortGains.best(example, 10).get("A")).extracting(EffortGain::indicator)
                .doesNotContain("ACC", "RNK");
    }

    @Test
    void topLimitsTheList() {
        assertThat(EffortGains.best(example, 1).get("A")).hasSize(1);
    }
}
