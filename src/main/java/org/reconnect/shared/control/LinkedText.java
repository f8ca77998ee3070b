package org.reconnect.shared.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as a person typed it, split into plain parts and web links, so that a page can make the
 * links clickable and show everything else as text ("Video: https://meet.example/abc").
 * <p>
 * Only {@code http} and {@code https} addresses with a host become links; {@code javascript:},
 * {@code data:} and every other scheme stay text. A link runs over the characters an address may
 * hold (RFC 3986, ASCII only) and ends at a space, a quote, an angle bracket or any other
 * character; punctuation that ends a sentence and a closing bracket without its opening one are
 * left out of it. An address with a user name in it ("https://bank.example@evil.example") stays
 * text, as it only ever serves to mislead. Joining the parts' texts gives the text back unchanged.
 */
public final class LinkedText {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![A-Za-z0-9+.-])https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?'*";

    private LinkedText() {
    }

    /** One part of the text: a link (its text is the address) or plain text. */
    public record Part(String text, boolean link) {
    }

    /** The parts in order; none for {@code null} or empty text. */
    public static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        Matcher m = CANDIDATE.matcher(text);
        int plainFrom = 0;
        while (m.find()) {
            String address = trimmed(m.group());
            if (!isWebAddress(address)) {
                continue;
            }
            if (m.start() > plainFrom) {
                parts.add(new Part(text.substring(plainFrom, m.start()), false));
            }
            parts.add(new Part(address, true));
            plainFrom = m.start() + address.length();
        }
        if (plainFrom < text.length()) {
            parts.add(new Part(text.substring(plainFrom), false));
        }
        return parts;
    }

    /** Without the sentence's punctuation after it and without closing brackets it did not open. */
    private static String trimmed(String address) {
        String a = address;
        while (!a.isEmpty()) {
            char last = a.charAt(a.length() - 1);
            if (TRAILING.indexOf(last) >= 0
                    || last == ')' && count(a, '(') < count(a, ')')
                    || last == ']' && count(a, '[') < count(a, ']')) {
                a = a.substring(0, a.length() - 1);
            } else {
                break;
            }
        }
        return a;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
