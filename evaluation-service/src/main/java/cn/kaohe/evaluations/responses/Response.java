package cn.kaohe.evaluations.responses;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored response as the office sees it. For an anonymous group, {@code invitationId},
 * {@code clientAddress} and {@code deviceId} are never shown. {@code publicLinkId} names the public
 * link it came through (null for invitations); {@code flags} say why it looks suspicious (it counts
 * until excluded).
 */
public record Response(UUID id, UUID surveyId, String group, String unit, OffsetDateTime submittedAt, BigDecimal score,
                       boolean excluded, String exclusionReason, long version, UUID invitationId, UUID publicLinkId,
                       String clientAddress, String deviceId, List<ResponseFlag> flags, List<CheckedAnswer> answers,
                       List<Exclusion> history) {

    /** One exclusion or reinstatement, with its reason and author. */
    public record Exclusion(String action, String reason, String author, OffsetDateTime at) {
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    Response anonymised() {
        return new Response(id, surveyId, group, unit, submittedAt, score, excluded, exclusionReason, version, null,
                publicLinkId, null, null, flags, answers, history);
    }

    Response withHistory(List<Exclusion> exclusions) {
        return new Response(id, surveyId, group, unit, submittedAt, score, excluded, exclusionReason, version,
                invitationId, publicLinkId, clientAddress, deviceId, flags, answers, exclusions);
    }
}
