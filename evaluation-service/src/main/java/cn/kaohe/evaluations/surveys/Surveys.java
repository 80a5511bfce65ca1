package cn.kaohe.evaluations.surveys;

import cn.kaohe.defaults.problems.ProblemException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** How the other features read surveys. */
@Component
public class Surveys {

    private final SurveyRepository repository;

    Surveys(SurveyRepository repository) {
        this.repository = repository;
    }

    public Mono<Survey> find(UUID id) {
        return repository.find(id);
    }

    /** The survey, or a 404 problem. */
    public Mono<Survey> require(UUID id) {
        return repository.find(id)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("问卷不存在 / no survey " + id)));
    }

    /**
     * The survey's current version. Read after a response is stored (which key-share locks the survey
     * until commit): if it still is the version the response was checked against, no change can come
     * between the check and the commit.
     */
    public Mono<Long> version(UUID id) {
        return repository.version(id);
    }

    /** The cycle's survey that feeds its social score (the one that left DRAFT), empty when none has. */
    public Mono<Survey> feedingSocialScore(String cycle) {
        return repository.live(cycle);
    }
}
