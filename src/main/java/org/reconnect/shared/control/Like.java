package org.reconnect.shared.control;

import java.util.Locale;

/**
 * A search text as a LIKE pattern that finds it literally: its own {@code %}, {@code _} and
 * backslashes match themselves. Use with {@code like :p escape '!'} ({@link #ESCAPE}).
 */
public final class Like {

    /** The escape character the queries name: not the backslash, which MariaDB treats specially. */
    public static final String ESCAPE = "escape '!'";

    private Like() {
    }

    /** Lower case, anywhere in the value. */
    public static String containing(String text) {
        return "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /** As typed, at the start of the value (an address, a prefix). */
    public static String startingWith(String text) {
        return escaped(text) + "%";
    }

    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
