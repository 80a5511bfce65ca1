package cn.kaohe.indicators.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** One row of the audit log as the API shows it; hashes in hex. */
public record AuditEntry(long seq, UUID id, OffsetDateTime recordedAt, String actor, String requestId,
                         String entityType, String entityId, String action, String cycle, String unit,
                         JsonNode before, JsonNode after, String reason, String prevHash, String hash) {
}
