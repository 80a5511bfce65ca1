package cn.kaohe.evaluations.responses;

import cn.kaohe.evaluations.surveys.ResponsePresence;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Tells the surveys feature whether a survey has responses (which freezes its scoring definition). */
@Component
class StoredResponses implements ResponsePresence {

    private final ResponseRepository responses;

    StoredResponses(ResponseRepository responses) {
        this.responses = responses;
    }

    @Override
    public Mono<Boolean> any(UUID surveyId) {
        return responses.any(surveyId);
    }
}
