package cn.kaohe.evaluations.responses;

import cn.kaohe.evaluations.surveys.Survey;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** How the exports read responses: streamed from a cursor, anonymised for anonymous groups. */
@Component
public class Responses {

    private final ResponseRepository repository;

    Responses(ResponseRepository repository) {
        this.repository = repository;
    }

    public Flux<Response> stream(Survey survey, String unit, String group) {
        return repository.stream(survey.id(), unit, group).map(response -> ResponseController.shown(survey, response));
    }
}
