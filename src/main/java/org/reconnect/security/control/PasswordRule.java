package org.reconnect.security.control;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least 12 characters, not containing the name part of the person's
 * email (the part before the @), and not one of the passwords attackers try first
 * ({@link CommonPasswords}). Shown wherever a password is chosen.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;

    private PasswordRule() {
    }

    /** Why the password is not acceptable (a message-bundle key), or empty when it is. */
    public static Optional<String> problem(char[] password, String email) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        String namePart = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = namePart.indexOf('@');
        namePart = at >= 0 ? namePart.substring(0, at) : namePart;
        if (namePart.length() >= 3 && new String(password).toLowerCase(Locale.ROOT).contains(namePart)) {
            return Optional.of("password.containsEmail");
        }
        if (CommonPasswords.isCommon(password)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }
}
