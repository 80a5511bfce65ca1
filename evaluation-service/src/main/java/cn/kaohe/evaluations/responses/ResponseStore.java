package cn.kaohe.evaluations.responses;

import cn.kaohe.evaluations.scores.ScoreTallies;
import cn.kaohe.evaluations.scores.TalliedAnswer;
import cn.kaohe.evaluations.surveys.Survey;
import cn.kaohe.evaluations.surveys.Surveys;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * How a checked response is stored, whatever its credential: the row, its answers and the running
 * aggregates, in the caller's transaction. The unique keys of {@code response} decide "once per
 * credential × unit"; re-reading the survey's version after the row key-share locked the survey makes
 * sure the response is scored with the definition it was checked against.
 */
@Component
public class ResponseStore {

    private final ResponseRepository responses;
    private final Surveys surveys;
    private final ScoreTallies tallies;

    ResponseStore(ResponseRepository responses, Surveys surveys, ScoreTallies tallies) {
        this.responses = responses;
        this.surveys = surveys;
        this.tallies = tallies;
    }

    /**
     * Run inside a transaction. Empty when the credential (invitation, or public link × device) answered
     * this unit already; {@code survey-changed} when the survey changed since it was read.
     */
    public Mono<Receipt> store(Survey survey, CheckedResponse response, ResponseOrigin origin,
                               List<ResponseFlag> flags) {
        UUID id = UUID.randomUUID();
        ScoreTallies.Key key = new ScoreTallies.Key(survey.id(), response.unit(), response.group());
        return responses.insert(id, survey.id(), response, origin, flags)
                .flatMap(submittedAt -> responses.insertAnswers(id, response.answers())
                        .then(surveys.version(survey.id()))
                        .flatMap(version -> version == survey.version()
                                ? tallies.add(key, response.score(), tallied(response.answers()), !flags.isEmpty())
                                : Mono.error(PublicProblems.surveyChanged()))
                        .thenReturn(new Receipt(id, response.unit(), submittedAt)));
    }

    /** The units this device has rated through the public link. */
    public Mono<List<String>> unitsRatedOnDevice(UUID link, String device) {
        return responses.unitsRatedOnDevice(link, device).collectList();
    }

    static List<TalliedAnswer> tallied(List<CheckedAnswer> answers) {
        return answers.stream().map(answer -> new TalliedAnswer(answer.question(), answer.points(), answer.satisfied()))
                .toList();
    }
}
