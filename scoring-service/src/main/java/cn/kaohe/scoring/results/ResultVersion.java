package cn.kaohe.scoring.results;

import java.time.OffsetDateTime;
import java.util.List;

/** The header of a stored result set: what it was computed from, by whom, and where it stands. */
public record ResultVersion(String cycle, int version, int rulebookVersion, String asOf, String inputFingerprint,
                            ResultStatus status, String reason, List<String> warnings, int unitCount,
                            String createdBy, OffsetDateTime createdAt, OffsetDateTime publishedAt,
                            OffsetDateTime noticeUntil, OffsetDateTime frozenAt, String frozenBy) {

    /** A new draft, before it is stored. */
    public static ResultVersion draft(String cycle, int version, int rulebookVersion, String asOf, String fingerprint,
                                      String reason, List<String> warnings, int unitCount, String author) {
        return new ResultVersion(cycle, version, rulebookVersion, asOf, fingerprint, ResultStatus.DRAFT, reason,
                warnings, unitCount, author, null, null, null, null, null);
    }
}
