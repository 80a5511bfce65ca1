package cn.kaohe.scoring.results;

import java.time.OffsetDateTime;
import java.util.List;

/** The header of a stored result set: what it was computed from, by whom, and where it stands. */
public record ResultVersion(String cycle, int version, int rulebookVersion, String asOf, String inputFingerprint,
                            ResultStatus status, String reason, List<String> warnings, int unitCount,
                            String createdBy, OffsetDateTime createdAt) {
}
