package cn.kaohe.evaluations.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationTokensTest {

    @Test
    void tokensAreUrlSafeAndCarryAtLeast128RandomBits() {
        String token = InvitationTokens.next();

        assertThat(token).matches("[A-Za-z0-9_-]{32}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(24);
        assertThat(InvitationTokens.wellFormed(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertThat(seen.add(InvitationTokens.next())).isTrue();
        }
    }

    @Test
    void anythingElseIsNotAToken() {
        assertThat(InvitationTokens.wellFormed(null)).isFalse();
        assertThat(InvitationTokens.wellFormed("short")).isFalse();
        assertThat(InvitationTokens.wellFormed("a".repeat(31) + "/")).isFalse();
    }
}
