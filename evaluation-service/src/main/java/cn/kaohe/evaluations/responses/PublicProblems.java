package cn.kaohe.evaluations.responses;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.evaluations.ShanghaiTime;
import cn.kaohe.evaluations.surveys.Survey;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/**
 * The problems a respondent's page tells apart (by {@code type}) and shows in Chinese: the link is
 * invalid, revoked, expired or used up; the survey is not open yet; the unit was answered already.
 * Invitations and public links share them, so the page has one message per situation.
 */
public final class PublicProblems {

    private PublicProblems() {
    }

    public static ProblemException invalid() {
        return new ProblemException(HttpStatus.NOT_FOUND, "invitation-invalid",
                "链接无效,请核对链接是否完整 / this link is not valid", null, null);
    }

    public static ProblemException revoked() {
        return new ProblemException(HttpStatus.GONE, "invitation-revoked",
                "此链接已作废 / this link was revoked", null, null);
    }

    public static ProblemException expired(OffsetDateTime closedAt) {
        return new ProblemException(HttpStatus.GONE, "invitation-expired",
                "评价已结束 / the survey is closed", null, at("closesAt", closedAt));
    }

    public static ProblemException used() {
        return new ProblemException(HttpStatus.GONE, "invitation-used",
                "您已完成全部评价,感谢参与 / every unit of this link is answered already", null, null);
    }

    public static ProblemException notOpenYet(OffsetDateTime opensAt) {
        return new ProblemException(HttpStatus.CONFLICT, "survey-not-open",
                "评价尚未开始 / the survey is not open yet", null, at("opensAt", opensAt));
    }

    public static ProblemException alreadyAnswered(String unit) {
        return new ProblemException(HttpStatus.CONFLICT, "already-answered",
                "该单位已评价过,每个单位只能评价一次 / this unit is answered already", null, Map.of("unit", unit));
    }

    public static ProblemException surveyChanged() {
        return new ProblemException(HttpStatus.CONFLICT, "survey-changed",
                "问卷刚刚更新,请刷新页面后重新提交 / the survey changed meanwhile: reload and submit again", null, null);
    }

    /** The survey if respondents may answer it now; otherwise not-open-yet or expired. */
    public static Mono<Survey> requireOpen(Survey survey) {
        return switch (survey.windowAt(ShanghaiTime.now())) {
            case NOT_YET_OPEN -> Mono.error(notOpenYet(survey.opensAt()));
            case CLOSED -> Mono.error(expired(survey.closesAt()));
            case OPEN -> Mono.just(survey);
        };
    }

    private static Map<String, Object> at(String name, OffsetDateTime time) {
        Map<String, Object> extensions = new HashMap<>();
        if (time != null) {
            extensions.put(name, time);
        }
        return extensions;
    }
}
