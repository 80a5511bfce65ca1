package cn.kaohe.evaluations.publiclinks;

import cn.kaohe.defaults.problems.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The problems only public links have, each its own {@code type} so the page can say it in Chinese:
 * a device that rated the unit already, an address over its daily limit, a proof of work that is
 * missing or wrong, expired or used already (the page solves a new challenge and retries for those).
 * The link itself being invalid, revoked, closed or not open yet are the invitations' problems.
 */
final class LinkProblems {

    private LinkProblems() {
    }

    static ProblemException deviceAlreadyAnswered(String unit) {
        return new ProblemException(HttpStatus.CONFLICT, "device-already-answered",
                "您已在此设备上评价过该单位 / this device has rated this unit already", null, Map.of("unit", unit));
    }

    static ProblemException addressLimitReached(int limit, long retryAfterSeconds) {
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "address-limit-reached",
                "今天来自您所在网络的评价已达上限,请明天再试 / your network address reached today's limit for this unit",
                null, Map.of("limit", limit, "retryAfter", retryAfterSeconds));
    }

    static ProblemException proofInvalid() {
        return new ProblemException(HttpStatus.FORBIDDEN, "proof-invalid",
                "安全验证未通过,请重试 / the proof of work is missing or wrong", null, null);
    }

    static ProblemException proofExpired() {
        return new ProblemException(HttpStatus.FORBIDDEN, "proof-expired",
                "安全验证已过期,请重试 / the proof-of-work challenge expired", null, null);
    }

    static ProblemException proofUsed() {
        return new ProblemException(HttpStatus.CONFLICT, "proof-used",
                "安全验证已使用过,请重试 / this challenge answered a response already", null, null);
    }
}
