package org.reconnect.testsupport.client;

import org.reconnect.shared.control.PlainText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The payloads of {@code src/test/resources/injection-corpus.txt} (one per line, after its kind
 * and a tab), and how they are spread over the text fields of a form: each field starts with a
 * tag of its own (so that a value found on a page or in the database is known to be that
 * field's), gets at least one XSS, one SQL and one EL payload, and then as many of the others as
 * its length limit allows, so that one submission carries as much of the corpus as the form can
 * hold.
 */
public final class InjectionCorpus {

    public enum Kind { XSS, SQL, EL, TEXT }

    /** The kinds every text field must store and show at least once. */
    public static final Set<Kind> REQUIRED = EnumSet.of(Kind.XSS, Kind.SQL, Kind.EL);

    public record Payload(Kind kind, String text) {

        /** What the homework, note, session and questionnaire fields refuse: an opening HTML tag. */
        public boolean markup() {
            return PlainText.hasMarkup(text);
        }

        /** Whether chromedriver can type it (it types characters of the basic multilingual plane only). */
        public boolean typeable() {
            return text.codePoints().allMatch(c -> c <= 0xFFFF);
        }
    }

    /** A text field of a form, with the length the application allows. */
    public record Field(String id, int max) {
    }

    private static final List<Payload> ALL = load();

    private InjectionCorpus() {
    }

    public static List<Payload> all() {
        return ALL;
    }

    public static List<Payload> withoutMarkup() {
        return ALL.stream().filter(p -> !p.markup()).toList();
    }

    public static List<Payload> typeable() {
        return ALL.stream().filter(Payload::typeable).toList();
    }

    /** Every payload in one text, a space between each. */
    public static String joined(List<Payload> payloads) {
        return payloads.stream().map(Payload::text).collect(Collectors.joining(" "));
    }

    /** The payloads that this value carries. */
    public static List<Payload> in(String value) {
        return value == null ? List.of() : ALL.stream().filter(p -> value.contains(p.text())).toList();
    }

    /**
     * Spreads the pool over the fields: first one payload of each required kind per field (one not
     * placed yet if it fits, else the shortest that fits), then what is left, largest fields
     * first. Each value starts with {@code tag + index}.
     *
     * @return the values by field id, in the order of the fields
     */
    public static Map<String, String> spread(String tag, List<Field> fields, List<Payload> pool) {
        Map<String, StringBuilder> values = new LinkedHashMap<>();
        List<Payload> left = new ArrayList<>(pool);
        int n = 0;
        for (Field field : fields) {
            values.put(field.id(), new StringBuilder(tag).append(++n));
        }
        for (Field field : fields) {
            StringBuilder value = values.get(field.id());
            List<Kind> kinds = List.copyOf(REQUIRED);
            for (int k = 0; k < kinds.size(); k++) {
                Kind kind = kinds.get(k);
                // leave room for the shortest payload of each kind still to come
                int room = field.max() - kinds.subList(k + 1, kinds.size()).stream()
                        .mapToInt(later -> 1 + shortest(pool, later)).sum();
                Field within = new Field(field.id(), room);
                Payload chosen = left.stream().filter(p -> p.kind() == kind && fits(value, p, within)).findFirst()
                        .orElseGet(() -> pool.stream().filter(p -> p.kind() == kind && fits(value, p, within))
                                .min(Comparator.comparingInt(p -> p.text().length())).orElse(null));
                if (chosen != null) {
                    value.append(' ').append(chosen.text());
                    left.remove(chosen);
                }
            }
        }
        List<Field> largestFirst = fields.stream().sorted(Comparator.comparingInt(Field::max).reversed()).toList();
        for (Field field : largestFirst) {
            StringBuilder value = values.get(field.id());
            for (Payload p : List.copyOf(left)) {
                if (fits(value, p, field)) {
                    value.append(' ').append(p.text());
                    left.remove(p);
                }
            }
        }
        Map<String, String> spread = new LinkedHashMap<>();
        values.forEach((id, value) -> spread.put(id, value.toString()));
        return spread;
    }

    private static int shortest(List<Payload> pool, Kind kind) {
        return pool.stream().filter(p -> p.kind() == kind).mapToInt(p -> p.text().length()).min().orElse(0);
    }

    private static boolean fits(StringBuilder value, Payload payload, Field field) {
        return value.indexOf(payload.text()) < 0 && value.length() + 1 + payload.text().length() <= field.max();
    }

    private static List<Payload> load() {
        try (InputStream in = InjectionCorpus.class.getResourceAsStream("/injection-corpus.txt")) {
            if (in == null) {
                throw new IllegalStateException("injection-corpus.txt is not on the test class path");
            }
            List<Payload> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("# ")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("no kind before the payload: " + line);
                }
                payloads.add(new Payload(Kind.valueOf(line.substring(0, tab).toUpperCase(java.util.Locale.ROOT)),
                        line.substring(tab + 1)));
            }
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
