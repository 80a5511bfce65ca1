package cn.kaohe.evaluations.publiclinks;

import cn.kaohe.evaluations.responses.Submission;
import java.util.List;

/**
 * What a respondent sends through a public link for one unit: the answers as by invitation, and the
 * solved proof of work, {@code {"challenge": "…", "counter": 91234}}.
 */
public record PublicLinkSubmission(String unit, List<Submission.Answer> answers, Proof proof) {

    public record Proof(String challenge, Long counter) {
    }

    /** The answers alone: what the idempotency key fingerprints (a retry may carry a fresh proof). */
    Submission answered() {
        return new Submission(unit, answers);
    }
}
