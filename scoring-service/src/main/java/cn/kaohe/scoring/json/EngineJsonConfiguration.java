package cn.kaohe.scoring.json;

import cn.kaohe.scoring.engine.scenario.WeightPair;
import cn.kaohe.scoring.engine.scenario.Weights;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's records carry no JSON annotations (the engine knows no framework); the one name
 * that differs from Java is the contract's {@code weights.default}, mapped here.
 */
@Configuration(proxyBeanMethods = false)
class EngineJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer engineJsonNames() {
        return builder -> builder.addMixIn(Weights.class, WeightsJson.class);
    }

    abstract static class WeightsJson {

        @JsonCreator
        WeightsJson(@JsonProperty("default") WeightPair fallback,
                    @JsonProperty("byCategory") Map<String, WeightPair> byCategory) {
        }

        @JsonProperty("default")
        abstract WeightPair fallback();
    }
}
