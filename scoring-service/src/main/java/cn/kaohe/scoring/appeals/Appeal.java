package cn.kaohe.scoring.appeals;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 申诉: a unit contests its line of a published result version; the office rules on it. */
public record Appeal(UUID id, String cycle, int version, String unit, String text, String evidenceRef,
                     AppealStatus status, String filedBy, OffsetDateTime filedAt, String rulingReason,
                     String correction, String ruledBy, OffsetDateTime ruledAt) {
}
