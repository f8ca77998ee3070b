package org.reconnect.shared.control;

import org.reconnect.shared.entity.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens of secret links (one-time sign-in links, calendar feed addresses): 256 random bits,
 * URL-safe; the database keeps only their SHA-256.
 */
public final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** A token as we issue it: 43 URL-safe characters. Anything else is not looked up at all. */
    public static boolean looksValid(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
