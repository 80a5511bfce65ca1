package cn.kaohe.scoring.appeals;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features may ask of the appeals: is anything still waiting for a ruling. */
@Component
public class Appeals {

    private final AppealRepository repository;

    Appeals(AppealRepository repository) {
        this.repository = repository;
    }

    public Mono<Long> openOn(String cycle, int version) {
        return repository.countOpen(cycle, version);
    }
}
