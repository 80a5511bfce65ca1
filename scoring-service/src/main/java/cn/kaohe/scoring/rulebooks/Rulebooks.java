package cn.kaohe.scoring.rulebooks;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features may ask of the rulebooks: the version a computation uses. */
@Component
public class Rulebooks {

    private final RulebookRepository repository;

    Rulebooks(RulebookRepository repository) {
        this.repository = repository;
    }

    /** The cycle's latest rulebook version, empty when it has none. */
    public Mono<RulebookVersion> latest(String cycle) {
        return repository.latestVersion(cycle).filter(version -> version > 0)
                .flatMap(version -> repository.find(cycle, version));
    }
}
