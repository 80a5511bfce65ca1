package cn.kaohe.evaluations.publiclinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private static final UUID LINK = UUID.fromString("7d1c0f43-5a4e-4c1e-9d51-3b1e2f0a9c11");
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        return key;
    }

    private static byte[] nonce(int seed) {
        byte[] nonce = new byte[16];
        new Random(seed).nextBytes(nonce);
        return nonce;
    }

    /** The page's search, as plainly as possible: the first counter that does the work. */
    static long solve(String nonce, int bits) {
        for (long counter = 0; ; counter++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.work(nonce, counter)) >= bits) {
                return counter;
            }
        }
    }

    @Test
    void aSolvedChallengeOfThisLinkIsAccepted() {
        ProofOfWork signer = new ProofOfWork(key(1));
        ProofOfWork.Challenge challenge = signer.issue(LINK, 12, LATER, nonce(2));

        var solved = signer.verify(challenge.challenge(), solve(challenge.nonce(), 12), LINK, 12);

        assertThat(solved).hasValueSatisfying(proof -> {
            assertThat(proof.nonce()).isEqualTo(challenge.nonce());
            assertThat(proof.expiresAt()).isEqualTo(LATER);
            assertThat(proof.expiredAt(LATER.minusSeconds(1))).isFalse();
            assertThat(proof.expiredAt(LATER)).isTrue();
        });
    }

    @Test
    void aCounterThatDoesNotDoTheWorkIsRefused() {
        ProofOfWork signer = new ProofOfWork(key(1));
        ProofOfWork.Challenge challenge = signer.issue(LINK, 16, LATER, nonce(3));
        long right = solve(challenge.nonce(), 16);
        long wrong = right == 0 ? 1 : right - 1;

        assertThat(signer.verify(challenge.challenge(), wrong, LINK, 16)).isEmpty();
        assertThat(signer.verify(challenge.challenge(), -1, LINK, 16)).isEmpty();
    }

    @Test
    void aForgedOrAlteredChallengeIsRefused() {
        ProofOfWork signer = new ProofOfWork(key(1));
        ProofOfWork.Challenge real = signer.issue(LINK, 8, LATER, nonce(4));
        // The same payload signed by another key, and the real one with an easier difficulty written in.
        ProofOfWork.Challenge otherKey = new ProofOfWork(key(9)).issue(LINK, 8, LATER, nonce(4));
        byte[] payload = Base64.getUrlDecoder().decode(real.challenge().substring(0, real.challenge().indexOf('.')));
        payload[32] = 1;
        String easier = Base64.getUrlEncoder().withoutPadding().encodeToString(payload)
                + real.challenge().substring(real.challenge().indexOf('.'));

        assertThat(signer.verify(otherKey.challenge(), solve(otherKey.nonce(), 8), LINK, 8)).isEmpty();
        assertThat(signer.verify(easier, solve(real.nonce(), 1), LINK, 1)).isEmpty();
        assertThat(signer.verify("not-a-challenge", 0, LINK, 8)).isEmpty();
        assertThat(signer.verify("%%%.%%%", 0, LINK, 8)).isEmpty();
        assertThat(signer.verify(null, 0, LINK, 8)).isEmpty();
    }

    @Test
    void anotherLinksChallengeOrOneEasierThanTheLinkNowAsksIsRefused() {
        ProofOfWork signer = new ProofOfWork(key(1));
        ProofOfWork.Challenge challenge = signer.issue(LINK, 10, LATER, nonce(5));
        long counter = solve(challenge.nonce(), 10);

        assertThat(signer.verify(challenge.challenge(), counter, UUID.randomUUID(), 10)).isEmpty();
        assertThat(signer.verify(challenge.challenge(), counter, LINK, 11)).isEmpty();
        assertThat(signer.verify(challenge.challenge(), counter, LINK, 9)).isPresent();
    }

    @Test
    void theWorkIsSha256OverTheNonceTextAndTheDecimalCounter() throws Exception {
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256")
                .digest("abc123".getBytes(StandardCharsets.US_ASCII));

        assertThat(ProofOfWork.work("abc", 123)).isEqualTo(expected);
        assertThat(ProofOfWork.leadingZeroBits(HexFormat.of().parseHex("00000fff"))).isEqualTo(20);
        assertThat(ProofOfWork.leadingZeroBits(HexFormat.of().parseHex("80"))).isZero();
        assertThat(ProofOfWork.leadingZeroBits(HexFormat.of().parseHex("0001"))).isEqualTo(15);
        assertThat(ProofOfWork.leadingZeroBits(new byte[4])).isEqualTo(32);
    }

    @Test
    void challengesCarryTheirNonceAndAreShortEnoughForOneHashBlock() {
        ProofOfWork.Challenge challenge = new ProofOfWork(key(1)).issue(LINK, 18, LATER, nonce(6));

        assertThat(challenge.nonce()).hasSize(22).matches("[A-Za-z0-9_-]+");
        // nonce + a counter of up to 16 digits stays within one 55-byte SHA-256 block, as the page assumes
        assertThat(challenge.nonce().length() + 16).isLessThanOrEqualTo(55);
        assertThat(challenge.challenge()).contains(".").hasSizeLessThan(100);
        assertThat(Arrays.equals(Base64.getUrlDecoder().decode(challenge.nonce()), nonce(6))).isTrue();
    }
}
