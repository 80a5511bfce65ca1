package cn.kaohe.evaluations.publiclinks;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 公开链接 as the office sees it: the anonymous link of one survey and group, open while its survey
 * is open, with its limits (responses per address × unit per day), its proof-of-work difficulty and
 * when its responses are flagged as a burst. {@code link} is the page's address {@code /s/p/{code}}.
 */
public record PublicLink(UUID id, UUID surveyId, String group, String code, String link, int addressDailyLimit,
                         int proofOfWorkBits, int burstWindowMinutes, int burstPerAddress, int burstIdenticalAnswers,
                         long version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
                         String updatedBy, OffsetDateTime revokedAt, String revokedBy, String revokeReason) {

    public boolean revoked() {
        return revokedAt != null;
    }

    PublicLink withLink(String link) {
        return new PublicLink(id, surveyId, group, code, link, addressDailyLimit,
                proofOfWorkBits, burstWindowMinutes, burstPerAddress, burstIdenticalAnswers, version, createdAt,
                createdBy, updatedAt, updatedBy, revokedAt, revokedBy, revokeReason);
    }
}
