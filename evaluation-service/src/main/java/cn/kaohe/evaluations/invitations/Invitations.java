package cn.kaohe.evaluations.invitations;

import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** How the responses feature uses invitations: look a token up, record that it answered a unit. */
@Component
public class Invitations {

    private final InvitationRepository repository;

    Invitations(InvitationRepository repository) {
        this.repository = repository;
    }

    /** Empty when the token is malformed or unknown. */
    public Mono<InvitationGrant> byToken(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            return Mono.empty();
        }
        return repository.byToken(token).map(stored -> {
            Invitation invitation = stored.invitation();
            return new InvitationGrant(invitation.id(), invitation.surveyId(), invitation.group(), invitation.units(),
                    invitation.answeredUnits(), invitation.revoked());
        });
    }

    /** In the transaction storing a response: false when the token was revoked meanwhile. */
    public Mono<Boolean> recordAnswer(UUID invitation, String unit) {
        return repository.recordAnswer(invitation, unit);
    }
}
