package cn.kaohe.evaluations.publiclinks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cheap anti-bot step of public links: the server issues a signed challenge (link, random nonce,
 * difficulty, expiry); the page finds a counter such that SHA-256(nonce ‖ decimal counter) starts with
 * {@code bits} zero bits (2^bits hashes on average, about half a second on a phone at 18 bits) and
 * sends both with its submission. Verifying costs one HMAC and one hash; nothing is stored when a
 * challenge is issued, so asking for challenges fills no table. That each challenge answers at most
 * one response is recorded where the response is stored (its nonce, once). Pure: no I/O, clock passed in.
 */
public final class ProofOfWork {

    /** What the page gets: the opaque challenge to send back, the nonce it hashes, the difficulty, the expiry. */
    public record Challenge(String challenge, String nonce, int bits, Instant expiresAt) {
    }

    /** A challenge whose signature and work were checked; expiry and single use are checked on storing. */
    public record Solved(String nonce, Instant expiresAt) {
        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();
    private static final int NONCE_BYTES = 16;
    private static final int PAYLOAD_BYTES = 16 + NONCE_BYTES + 1 + 8;
    private static final int SIGNATURE_BYTES = 16;

    private final SecretKeySpec key;

    public ProofOfWork(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the signing key needs at least 256 bits");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A challenge for {@code link}; {@code nonce} are 16 random bytes from a strong source. */
    public Challenge issue(UUID link, int bits, Instant expiresAt, byte[] nonce) {
        if (nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("a nonce is 16 bytes");
        }
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(link.getMostSignificantBits()).putLong(link.getLeastSignificantBits())
                .put(nonce).put((byte) bits).putLong(expiresAt.getEpochSecond());
        byte[] body = payload.array();
        return new Challenge(B64.encodeToString(body) + "." + B64.encodeToString(sign(body)),
                B64.encodeToString(nonce), bits, Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    /**
     * The solved challenge when {@code challenge} was issued by this key for {@code link} with at least
     * {@code minimumBits} (the link's difficulty now: raising it voids weaker challenges) and
     * {@code counter} does the work; empty otherwise (forged, altered, another link's, too easy, unsolved).
     */
    public Optional<Solved> verify(String challenge, long counter, UUID link, int minimumBits) {
        if (challenge == null || counter < 0 || challenge.length() > 200) {
            return Optional.empty();
        }
        int dot = challenge.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        byte[] body;
        byte[] signature;
        try {
            body = B64_DECODE.decode(challenge.substring(0, dot));
            signature = B64_DECODE.decode(challenge.substring(dot + 1));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (body.length != PAYLOAD_BYTES || !MessageDigest.isEqual(signature, sign(body))) {
            return Optional.empty();
        }
        ByteBuffer payload = ByteBuffer.wrap(body);
        UUID issuedFor = new UUID(payload.getLong(), payload.getLong());
        byte[] nonce = new byte[NONCE_BYTES];
        payload.get(nonce);
        int bits = payload.get();
        Instant expiresAt = Instant.ofEpochSecond(payload.getLong());
        String nonceText = B64.encodeToString(nonce);
        if (!issuedFor.equals(link) || bits < minimumBits || leadingZeroBits(work(nonceText, counter)) < bits) {
            return Optional.empty();
        }
        return Optional.of(new Solved(nonceText, expiresAt));
    }

    /** SHA-256 over the nonce's text followed by the counter in decimal, as the page computes it. */
    public static byte[] work(String nonce, long counter) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((nonce + counter).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(body), SIGNATURE_BYTES);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
