package cn.kaohe.scoring.results;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features may ask of the result versions: one version's header. */
@Component
public class ResultVersions {

    private final ResultRepository repository;

    ResultVersions(ResultRepository repository) {
        this.repository = repository;
    }

    public Mono<ResultVersion> find(String cycle, int version) {
        return repository.find(cycle, version);
    }
}
