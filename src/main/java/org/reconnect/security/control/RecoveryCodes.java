package org.reconnect.security.control;

import org.reconnect.shared.entity.Sha256;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time recovery codes for a lost authenticator app: ten codes of ten characters from an
 * alphabet without look-alikes (0/O, 1/I/L), shown as {@code xxxxx-xxxxx}, about 50 bits each.
 * Only their SHA-256 is stored; how a person types one (case, dash, spaces) does not matter.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int c = 0; c < LENGTH; c++) {
                if (c == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The code as stored: lower case, without dashes and spaces; empty if it cannot be a code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "").strip();
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                ? Optional.of(code) : Optional.empty();
    }

    /** What is stored for a (normalised) code. */
    public static String hash(String normalized) {
        return Sha256.hex("reconnect-recovery:" + normalized);
    }
}
