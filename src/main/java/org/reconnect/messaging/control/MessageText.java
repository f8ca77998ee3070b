package org.reconnect.messaging.control;

/**
 * The rules of a message's text: plain text of 1 to 4,000 characters, line breaks kept, no other
 * control characters. There is no markup: a page shows the text escaped, its http(s) addresses as
 * links ({@code shared.control.LinkedText}).
 */
public final class MessageText {

    public static final int MAX_LENGTH = 4000;

    private MessageText() {
    }

    /** The text as it would be stored, or the message key of what is wrong with it. */
    public record Checked(String text, String problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Line breaks become {@code \n}; blank lines at the start and the end, and spaces at the very
     * start and end, go; the rest stays as written.
     */
    public static Checked check(String raw) {
        if (raw == null) {
            return new Checked(null, "message.empty");
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            return new Checked(null, "message.empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
                return new Checked(null, "message.controlCharacters");
            }
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return new Checked(null, "message.tooLong");
        }
        return new Checked(text, null);
    }
}
