package cn.kaohe.evaluations.surveys;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** Whether a survey has any response (even excluded): then its scoring definition is frozen. */
@FunctionalInterface
public interface ResponsePresence {

    Mono<Boolean> any(UUID surveyId);
}
