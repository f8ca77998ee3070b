package org.reconnect.security.control;

import com.bastiaanjansen.otp.HOTPGenerator;
import com.bastiaanjansen.otp.SecretGenerator;
import com.bastiaanjansen.otp.TOTPGenerator;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits,
 * 30-second steps. The codes come from the otp-java library; this class adds what a sign-in needs
 * on top: a code of the step before or after is accepted (clocks drift), and the step a code
 * matched is returned, so that the caller can refuse the same code (or an older one) twice.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** How many steps before and after the current one are still accepted. */
    public static final int DRIFT = 1;

    private Totp() {
    }

    /** A new random secret (160 bits) in Base32, as apps expect it. */
    public static String newSecret() {
        return new String(SecretGenerator.generate(160), StandardCharsets.US_ASCII);
    }

    /** The time step of an instant. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The code of one time step. */
    public static String codeAt(String base32Secret, long step) {
        return hotp(base32Secret).generate(step);
    }

    /** The code an app shows at this instant. */
    public static String codeAt(String base32Secret, Instant at) {
        return codeAt(base32Secret, step(at));
    }

    /**
     * The step the code belongs to, if it is the code of the current step or one step either side,
     * and that step is later than {@code lastUsedStep} (null: none used yet). Spaces in the code are
     * ignored; anything but six digits never matches.
     */
    public static OptionalLong matchingStep(String base32Secret, String code, Instant now, Long lastUsedStep) {
        String digits = normalize(code).orElse(null);
        if (digits == null) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - DRIFT; step <= current + DRIFT; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            if (MessageDigest.isEqual(codeAt(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Six digits, spaces removed; empty for anything else. */
    public static Optional<String> normalize(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String digits = code.replace(" ", "").strip();
        return digits.length() == DIGITS && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(digits) : Optional.empty();
    }

    /** The otpauth:// address an app reads from the QR code. */
    public static String enrolmentUri(String base32Secret, String issuer, String account) {
        try {
            URI uri = new TOTPGenerator.Builder(base32Secret.getBytes(StandardCharsets.US_ASCII))
                    .withPeriod(STEP)
                    .withHOTPGenerator(b -> b.withPasswordLength(DIGITS))
                    .build()
                    .getURI(issuer, account);
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not usable in an otpauth address: " + issuer + " / " + account, e);
        }
    }

    private static HOTPGenerator hotp(String base32Secret) {
        return new HOTPGenerator.Builder(base32Secret.getBytes(StandardCharsets.US_ASCII))
                .withPasswordLength(DIGITS)
                .build();
    }
}
