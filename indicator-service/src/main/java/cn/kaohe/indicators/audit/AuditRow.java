package cn.kaohe.indicators.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One row of the audit log as stored. Its hash is SHA-256 over the previous row's hash followed by
 * the canonical JSON of every other column, so that the writer and the verifier compute it from the
 * same values, whatever the database did to their formatting.
 */
record AuditRow(long seq, UUID id, Instant recordedAt, String actor, String requestId, String entityType,
                String entityId, String action, String cycle, String unit, JsonNode before, JsonNode after,
                String reason, byte[] prevHash, byte[] hash) {

    static final byte[] GENESIS = new byte[32];

    /** The hash this row must carry given its content and {@code prevHash}. */
    byte[] expectedHash() {
        return hash(prevHash, canonicalContent());
    }

    String canonicalContent() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode content = nodes.objectNode();
        content.put("seq", seq);
        content.put("id", id.toString());
        content.put("recordedAt", recordedAt.toString());
        content.put("actor", actor);
        content.put("requestId", requestId);
        content.put("entityType", entityType);
        content.put("entityId", entityId);
        content.put("action", action);
        content.put("cycle", cycle);
        content.put("unit", unit);
        content.set("before", before == null ? nodes.nullNode() : before);
        content.set("after", after == null ? nodes.nullNode() : after);
        content.put("reason", reason);
        return CanonicalJson.write(content);
    }

    AuditRow withHash(byte[] computed) {
        return new AuditRow(seq, id, recordedAt, actor, requestId, entityType, entityId, action, cycle, unit, before,
                after, reason, prevHash, computed);
    }

    static byte[] hash(byte[] previous, String canonicalContent) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            sha256.update(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
