package cn.kaohe.indicators.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One evidence file's metadata: what it is attached to (a progress report or a fact record) and that
 * owner's unit, the name the uploader gave, the type its content was found to be, size and SHA-256.
 */
public record Evidence(UUID id, String cycle, String owner, UUID ownerId, String unit, String fileName,
                       String mediaType, long size, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
}
