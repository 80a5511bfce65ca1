package cn.kaohe.evaluations.invitations;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 邀请码 as the office sees it: by serial within its group (DEPUTIES-0007), never by the identity
 * of whoever holds it. {@code link} is set only where the office asks for one invitation or exports.
 */
public record Invitation(UUID id, UUID surveyId, String group, int serial, String label, List<String> units,
                         List<String> answeredUnits, List<String> pendingUnits, UUID batchId,
                         OffsetDateTime createdAt, String createdBy, OffsetDateTime revokedAt, String revokedBy,
                         String revokeReason, String link) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public static String label(String group, int serial) {
        return group + "-" + String.format("%04d", serial);
    }

    Invitation withLink(String link) {
        return new Invitation(id, surveyId, group, serial, label, units, answeredUnits, pendingUnits, batchId,
                createdAt, createdBy, revokedAt, revokedBy, revokeReason, link);
    }
}
