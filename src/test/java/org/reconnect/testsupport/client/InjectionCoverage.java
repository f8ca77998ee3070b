package org.reconnect.testsupport.client;

import org.reconnect.testsupport.client.InjectionCorpus.Kind;
import org.reconnect.testsupport.client.InjectionCorpus.Payload;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which payload went into which field of which form, and what became of it, so that the test can
 * prove its own reach: every payload reached every form, and every text field stored and showed
 * at least one XSS, one SQL and one EL payload (or, for a field that never stores, such as a
 * password or a search, received them and answered with a message or the list).
 */
public final class InjectionCoverage {

    public enum Outcome {
        /** Stored, then read back on a page (and in the database). */
        STORED,
        /** Refused with a message on the page; nothing stored. */
        REFUSED,
        /** Not meant to be stored: a search, a filter, a password; shown back or answered. */
        USED
    }

    private record Use(String field, String value, Outcome outcome) {
    }

    private final Map<String, List<Use>> forms = new LinkedHashMap<>();
    private final Map<String, Integer> submissions = new LinkedHashMap<>();
    private final Map<String, Set<Payload>> exempt = new LinkedHashMap<>();

    /** One submission of a form, with the value of each text field, and its outcome. */
    public void submitted(String form, Map<String, String> values, Outcome outcome) {
        submissions.merge(form, 1, Integer::sum);
        List<Use> uses = forms.computeIfAbsent(form, f -> new ArrayList<>());
        values.forEach((field, value) -> uses.add(new Use(field, value, outcome)));
    }

    /** Payloads that cannot reach this form, with the reason in the test that says so. */
    public void exempt(String form, List<Payload> payloads) {
        exempt.computeIfAbsent(form, f -> new LinkedHashSet<>()).addAll(payloads);
    }

    public int submissionCount() {
        return submissions.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int formCount() {
        return forms.size();
    }

    public int fieldCount() {
        return forms.values().stream().mapToInt(uses -> (int) uses.stream().map(Use::field).distinct().count()).sum();
    }

    /** What is missing, one line each; empty when the corpus reached everything it should. */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        forms.forEach((form, uses) -> {
            Set<Payload> reached = uses.stream().flatMap(u -> InjectionCorpus.in(u.value()).stream())
                    .collect(Collectors.toSet());
            List<Payload> missing = InjectionCorpus.all().stream()
                    .filter(p -> !reached.contains(p) && !exempt.getOrDefault(form, Set.of()).contains(p)).toList();
            if (!missing.isEmpty()) {
                gaps.add(form + " never received " + missing.stream().map(Payload::text).toList());
            }
            for (String field : uses.stream().map(Use::field).distinct().toList()) {
                List<Use> ofField = uses.stream().filter(u -> u.field().equals(field)).toList();
                boolean stores = ofField.stream().anyMatch(u -> u.outcome() == Outcome.STORED);
                Set<Kind> kinds = kinds(ofField.stream().filter(u -> !stores || u.outcome() == Outcome.STORED).toList());
                if (!kinds.containsAll(InjectionCorpus.REQUIRED)) {
                    gaps.add(form + " / " + field + (stores ? " stored only " : " received only ") + kinds);
                }
            }
        });
        return gaps;
    }

    /** The coverage as a table: form, field, submissions, payloads received, kinds stored. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format("%-34s %-34s %5s %8s %8s  %s%n",
                "form", "field", "uses", "payloads", "stored", "kinds stored (or received)"));
        forms.forEach((form, uses) -> {
            for (String field : uses.stream().map(Use::field).distinct().toList()) {
                List<Use> ofField = uses.stream().filter(u -> u.field().equals(field)).toList();
                List<Use> stored = ofField.stream().filter(u -> u.outcome() == Outcome.STORED).toList();
                long payloads = ofField.stream().flatMap(u -> InjectionCorpus.in(u.value()).stream()).distinct().count();
                long storedPayloads = stored.stream().flatMap(u -> InjectionCorpus.in(u.value()).stream()).distinct().count();
                out.append(String.format("%-34s %-34s %5d %8d %8d  %s%n", form, field, ofField.size(), payloads, storedPayloads,
                        stored.isEmpty() ? "(" + kinds(ofField) + ")" : kinds(stored)));
            }
        });
        out.append(String.format("%d forms, %d text fields, %d submissions, %d payloads%n", formCount(), fieldCount(),
                submissionCount(), InjectionCorpus.all().size()));
        return out.toString();
    }

    private static Set<Kind> kinds(List<Use> uses) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        uses.forEach(u -> InjectionCorpus.in(u.value()).forEach(p -> kinds.add(p.kind())));
        return kinds;
    }
}
