package cn.kaohe.scoring.results;

import cn.kaohe.scoring.ContractExamples;
import cn.kaohe.scoring.upstream.CycleFacts;
import cn.kaohe.scoring.upstream.CycleSocialScores;
import cn.kaohe.scoring.upstream.FactsSource;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for the indicator and evaluation services (not built yet) by serving the scoring
 * contract's worked example as their answers, with unit A renamed HANYIN (the demo reporter's unit).
 * Tests may swap the document to simulate corrected facts.
 */
public class ExampleFactsSource implements FactsSource {

    static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    final AtomicReference<String> scenario = new AtomicReference<>(example());
    volatile String lastToken;

    static String example() {
        return ContractExamples.text("worked-example.scenario.json")
                .replace("\"unit\": \"A\"", "\"unit\": \"HANYIN\"")
                .replace("\"code\": \"A\"", "\"code\": \"HANYIN\"");
    }

    @Override
    public Mono<CycleFacts> facts(String cycle, String asOf, String bearerToken) {
        lastToken = bearerToken;
        return Mono.fromCallable(() -> LENIENT.readValue(scenario.get(), CycleFacts.class));
    }

    @Override
    public Mono<CycleSocialScores> socialScores(String cycle, String bearerToken) {
        return Mono.fromCallable(() -> LENIENT.readValue(scenario.get(), CycleSocialScores.class));
    }
}
