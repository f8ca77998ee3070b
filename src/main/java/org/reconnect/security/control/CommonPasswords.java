package org.reconnect.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 100,000 passwords seen most often in public breaches (the list that nbvcxz, an MIT-licensed
 * library from Maven Central, bundles as {@code dictionaries/passwords.txt}), read once from the
 * class path: no network, nothing sent anywhere.
 *
 * <p>A password counts as common when, ignoring case, it is on the list, or becomes a listed
 * word of six letters or more once the usual decorations are taken off: digits and symbols
 * before or after it ("Password2024!!") and look-alike characters ("P@ssw0rd"). Attackers try
 * exactly these variations first.
 */
public final class CommonPasswords {

    static final String LIST = "dictionaries/passwords.txt";
    private static final int MIN_CORE = 6;

    private static volatile Set<String> list;

    private CommonPasswords() {
    }

    /** Whether the password is a common one, or a common one dressed up. */
    public static boolean isCommon(char[] password) {
        if (password == null || password.length == 0) {
            return false;
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        Set<String> common = list();
        if (common.contains(lower)) {
            return true;
        }
        // decorations come off first ("p@ssw0rd2024!!" -> "p@ssw0rd"), then look-alikes are read as
        // letters; a leading $ or @ is a look-alike, not a decoration ("$unsh1ne" -> "sunshine")
        String plain = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        String lookAlike = unLeet(lower.replaceAll("^[^\\p{L}$@]+", "").replaceAll("[^\\p{L}]+$", ""));
        for (String variant : new String[] {plain, lookAlike}) {
            if (variant.length() >= MIN_CORE && (common.contains(variant) || repeated(variant, common))) {
                return true;
            }
        }
        return false;
    }

    /** How many passwords the list holds (for the README's claim and its test). */
    public static int size() {
        return list().size();
    }

    /** "summersummer" is as weak as "summer". */
    private static boolean repeated(String core, Set<String> common) {
        for (int unit = MIN_CORE; unit <= core.length() / 2; unit++) {
            if (core.length() % unit == 0 && core.equals(core.substring(0, unit).repeat(core.length() / unit))) {
                return common.contains(core.substring(0, unit));
            }
        }
        return false;
    }

    private static String unLeet(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }

    private static Set<String> list() {
        Set<String> loaded = list;
        if (loaded == null) {
            synchronized (CommonPasswords.class) {
                loaded = list;
                if (loaded == null) {
                    loaded = load();
                    list = loaded;
                }
            }
        }
        return loaded;
    }

    private static Set<String> load() {
        InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("the list of common passwords (" + LIST + ") is not on the class path");
        }
        Set<String> words = new HashSet<>(150_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
        return Set.copyOf(words);
    }
}
