package org.reconnect.security.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Emails are logins. They are compared without regard to case, so they are stored in lower case
 * and trimmed; the shape check is deliberately modest (one @, a dot in the domain, no spaces).
 */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddress() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.strip().length() <= 254 && SHAPE.matcher(candidate.strip()).matches();
    }

    /** @throws IllegalArgumentException when the text is not shaped like an email address */
    public static String normalize(String candidate) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException("not an email address");
        }
        return candidate.strip().toLowerCase(Locale.ROOT);
    }
}
