package cn.kaohe.scoring.upstream;

import reactor.core.publisher.Mono;

/** Where a cycle's facts and social scores come from (the indicator and evaluation services). */
public interface FactsSource {

    /** @param asOf {@code YYYY-MM}, or null for the latest approved period */
    Mono<CycleFacts> facts(String cycle, String asOf, String bearerToken);

    Mono<CycleSocialScores> socialScores(String cycle, String bearerToken);
}
