package cn.kaohe.indicators.targets;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A change to a signed letter's line: before, after, why, who and when. */
public record TargetRevision(UUID id, Target before, Target after, String reason, String author,
                             OffsetDateTime revisedAt) {
}
