package org.reconnect.notes.control;

import org.reconnect.clinic.entity.NoteTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A signed note in the words of its PDF ({@link NotePdf}): the session, each section of the
 * template under its heading ("-" for an empty one), the program steps by their titles, risk,
 * next homework, the homework entries reviewed, the signature block with signer, time (in the
 * clinic's zone, named) and SHA-256 and whether the content still matches it, and the addenda in
 * order, each with its own signature. The words come from the message bundle through
 * {@link Words}.
 */
public final class NotePrint {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private NotePrint() {
    }

    /** The message bundle: the text of a key, its {0}, {1}... filled in from the arguments. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... arguments);
    }

    /** The session a note is of: whose, when (clinic time), how long, and with one partner only or both. */
    public record Session(String caseNumber, String couple, String individualWith, LocalDateTime start, long minutes) {
    }

    /** A homework entry the note may name as reviewed, and how it is shown. */
    public record Entry(long id, String label) {
    }

    public record Signature(String signedBy, Instant signedAt, String contentHash, boolean hashMatches) {
    }

    public record Addendum(String text, String signedBy, Instant signedAt, String contentHash) {
    }

    /**
     * One note: {@code content} as written in {@code template}, {@code entries} the entries it
     * could name (those in the content's list are printed, in this order), times in {@code zone}.
     */
    public static NotePdf.Note note(Words words, ZoneId zone, Session session, NoteTemplate template, NoteRules.Draft content,
                                    List<Entry> entries, Signature signature, List<Addendum> addenda) {
        List<String> facts = List.of(
                words.get("pdf.session", WHEN.format(session.start()), session.minutes(), session.individualWith() != null
                        ? words.get("pdf.individual", session.individualWith()) : words.get("pdf.joint")),
                words.get("pdf.template", template));
        List<NotePdf.Section> sections = new ArrayList<>();
        for (int n : template.getSections()) {
            String text = switch (n) {
                case 1 -> content.section1();
                case 2 -> content.section2();
                case 3 -> content.section3();
                default -> content.section4();
            };
            sections.add(new NotePdf.Section(words.get("note." + template + "." + n), orDash(text)));
        }
        sections.add(new NotePdf.Section(words.get("note.steps"), content.steps().isEmpty() ? "-"
                : content.steps().stream().map(s -> s + ". " + words.get("step." + s + ".title")).collect(Collectors.joining("; "))));
        sections.add(new NotePdf.Section(words.get("note.interventions"), orDash(content.interventions())));
        sections.add(new NotePdf.Section(words.get("note.risk"), words.get("risk." + content.riskLevel())
                + (content.riskText() == null ? "" : ": " + content.riskText())));
        sections.add(new NotePdf.Section(words.get("note.nextHomework"), orDash(content.nextHomework())));
        String reviewed = entries.stream().filter(e -> content.entries().contains(e.id())).map(Entry::label)
                .collect(Collectors.joining("\n"));
        if (!reviewed.isEmpty()) {
            sections.add(new NotePdf.Section(words.get("note.entries"), reviewed));
        }
        List<String> signed = List.of(
                words.get("pdf.signedBy", signature.signedBy(), WHEN.format(LocalDateTime.ofInstant(signature.signedAt(), zone))
                        + " " + zone.getId()),
                "SHA-256 " + signature.contentHash(),
                words.get(signature.hashMatches() ? "note.hashMatches" : "note.hashBroken"));
        List<NotePdf.Addendum> corrections = addenda.stream().map(d -> new NotePdf.Addendum(
                words.get("pdf.addendum", WHEN.format(LocalDateTime.ofInstant(d.signedAt(), zone))),
                d.text(), words.get("pdf.addendumSigned", d.signedBy()) + " SHA-256 " + d.contentHash())).toList();
        return new NotePdf.Note(words.get("pdf.noteTitle", session.caseNumber(), session.couple()), facts, sections, signed,
                corrections);
    }

    /** The patterns themselves: {@link NotePdf} fills in the character. */
    public static NotePdf.Placeholders placeholders(Words words) {
        return new NotePdf.Placeholders(words.get("pdf.missingEmoji"), words.get("pdf.missingCharacter"));
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
