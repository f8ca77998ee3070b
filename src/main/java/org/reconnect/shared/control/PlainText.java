package org.reconnect.shared.control;

import java.util.regex.Pattern;

/**
 * Free text that partners and therapists write into homework is plain text. Something that
 * opens an HTML tag ({@code <script>}, {@code <img ...>}, {@code </b>}) is refused with a
 * message instead of being stored; "<3" or "a < b" are fine. Pages escape all text anyway.
 */
public final class PlainText {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[A-Za-z!?]");

    private PlainText() {
    }

    public static boolean hasMarkup(String text) {
        return text != null && TAG.matcher(text).find();
    }

    /** Stripped, or {@code null} when blank. */
    public static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
