package cn.kaohe.evaluations.invitations;

import java.util.List;
import java.util.UUID;

/** What a token lets its holder do: answer the survey for its group, once per unit of {@code units}. */
public record InvitationGrant(UUID id, UUID surveyId, String group, List<String> units, List<String> answered,
                              boolean revoked) {

    public boolean mayRate(String unit) {
        return units.contains(unit);
    }

    public boolean used() {
        return answered.containsAll(units);
    }
}
