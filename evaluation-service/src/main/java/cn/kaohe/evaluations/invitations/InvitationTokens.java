package cn.kaohe.evaluations.invitations;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Invitation tokens: 192 random bits from a strong source, URL-safe Base64 without padding (32 characters). */
public final class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32}");

    private InvitationTokens() {
    }

    public static String next() {
        byte[] bits = new byte[24];
        RANDOM.nextBytes(bits);
        return ENCODER.encodeToString(bits);
    }

    /** Whether a string could be a token at all: anything else is invalid without asking the database. */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }
}
