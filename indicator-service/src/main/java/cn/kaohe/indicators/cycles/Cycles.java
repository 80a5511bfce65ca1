package cn.kaohe.indicators.cycles;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features may ask of the cycles. */
@Component
public class Cycles {

    private final CycleRepository repository;

    Cycles(CycleRepository repository) {
        this.repository = repository;
    }

    public Mono<Boolean> exists(String cycle) {
        return repository.find(cycle).map(found -> true).defaultIfEmpty(false);
    }

    /** The cycle's year, empty for an unknown cycle. */
    public Mono<Integer> year(String cycle) {
        return repository.find(cycle).map(Cycle::year);
    }
}
