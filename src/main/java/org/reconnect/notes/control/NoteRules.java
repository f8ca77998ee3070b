package org.reconnect.notes.control;

import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.notes.entity.NoteContent;
import org.reconnect.notes.entity.RiskLevel;
import org.reconnect.shared.control.PlainText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a note and an addendum must hold: each text plain and at most {@link #MAX_TEXT}
 * characters, a risk above none explained, program steps from 1 to 9. Problems come back as
 * (field, message key, arguments), so the page can show each message next to its input; a note
 * is written only without one. A section the template does not use is not kept.
 */
public final class NoteRules {

    public static final int MAX_TEXT = 10_000;

    private NoteRules() {
    }

    /** What the therapist wrote, as the page holds it. */
    public record Draft(String section1, String section2, String section3, String section4, List<Integer> steps,
                        String interventions, RiskLevel riskLevel, String riskText, String nextHomework, List<Long> entries) {

        public Draft {
            // as the page sent them, nulls and all, for the checks to see
            steps = steps == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(steps));
            entries = entries == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(entries));
        }
    }

    public record Problem(String field, String key, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(String field, String key, Object... arguments) {
            return new Problem(field, key, List.of(arguments));
        }
    }

    /** The problems with a draft in the template, in the order of the page. */
    public static List<Problem> problems(NoteTemplate template, Draft draft) {
        List<Problem> problems = new ArrayList<>();
        problems.addAll(textProblems("section1", draft.section1(), false));
        problems.addAll(textProblems("section2", template.uses(2) ? draft.section2() : null, false));
        problems.addAll(textProblems("section3", draft.section3(), false));
        problems.addAll(textProblems("section4", draft.section4(), false));
        problems.addAll(textProblems("interventions", draft.interventions(), false));
        problems.addAll(textProblems("riskText", draft.riskText(), false));
        problems.addAll(textProblems("nextHomework", draft.nextHomework(), false));
        if (risk(draft) != RiskLevel.NONE && blank(draft.riskText())) {
            problems.add(Problem.of("riskText", "note.riskText.required"));
        }
        if (steps(draft).stream().anyMatch(s -> s == null || s < 1 || s > 9)) {
            problems.add(Problem.of("steps", "note.steps.range"));
        }
        return problems;
    }

    /** The problems with one text: missing (when required), too long, or with markup. */
    public static List<Problem> textProblems(String field, String text, boolean required) {
        if (blank(text)) {
            return required ? List.of(Problem.of(field, "note.text.required")) : List.of();
        }
        if (text.length() > MAX_TEXT) {
            return List.of(Problem.of(field, "note.text.tooLong", MAX_TEXT, text.length()));
        }
        if (PlainText.hasMarkup(text)) {
            return List.of(Problem.of(field, "text.markup"));
        }
        return List.of();
    }

    /**
     * A checked draft as the note keeps it: texts stripped (blank ones none), the second section
     * only where the template has one, steps in order and each once, no risk chosen as none.
     */
    public static NoteContent content(NoteTemplate template, Draft draft) {
        Set<Integer> steps = steps(draft);
        return new NoteContent(template, tidy(draft.section1()), template.uses(2) ? tidy(draft.section2()) : null,
                tidy(draft.section3()), tidy(draft.section4()),
                steps.isEmpty() ? null : steps.stream().map(String::valueOf).collect(Collectors.joining(",")),
                tidy(draft.interventions()), risk(draft), tidy(draft.riskText()), tidy(draft.nextHomework()));
    }

    /** The steps a note keeps ("2,5"), as the page shows them. */
    public static List<Integer> steps(String stepsAddressed) {
        return stepsAddressed == null ? new ArrayList<>() : Arrays.stream(stepsAddressed.split(","))
                .map(Integer::valueOf).collect(Collectors.toCollection(ArrayList::new));
    }

    /** How a signature names its signer. */
    public static String signer(String displayName, String email) {
        return displayName + " <" + email + ">";
    }

    private static Set<Integer> steps(Draft draft) {
        return new TreeSet<>(draft.steps());
    }

    private static RiskLevel risk(Draft draft) {
        return draft.riskLevel() == null ? RiskLevel.NONE : draft.riskLevel();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String tidy(String text) {
        return blank(text) ? null : text.strip();
    }
}
