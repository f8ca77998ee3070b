package org.reconnect.notes.boundary;

import org.reconnect.messaging.boundary.MessageRecords;
import org.reconnect.notes.control.NotePdf;
import org.reconnect.notes.control.NotePrint;
import org.reconnect.shared.boundary.Texts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The parts of a notes PDF ({@link NotePdf}): a note as {@link NotePrint} prints it, and a conversation of the record. */
final class NotePrintouts {

    private NotePrintouts() {
    }

    /** A note's details as the PDF prints them ({@link NotePrint}), times in the clinic's zone. */
    static NotePdf.Note note(NoteDetails v, ZoneId zone) {
        NotePdf.Note note = withoutMessages(v, zone);
        List<String> reviewed = v.messageChoices().stream()
                .filter(m -> v.content().getMessages().contains(m.id())).map(NoteDetails.MessageChoice::label).toList();
        if (reviewed.isEmpty()) {
            return note;
        }
        List<NotePdf.Section> sections = new ArrayList<>(note.sections());
        sections.add(new NotePdf.Section(Texts.get("note.messages"), String.join("\n", reviewed)));
        return new NotePdf.Note(note.title(), note.facts(), sections, note.signature(), note.addenda());
    }

    private static NotePdf.Note withoutMessages(NoteDetails v, ZoneId zone) {
        return NotePrint.note(Texts::get, zone,
                new NotePrint.Session(v.caseNumber(), v.couple(), v.individualWith(), v.sessionStart(), v.minutes()),
                v.template(), v.content().draft(),
                v.entryChoices().stream().map(e -> new NotePrint.Entry(e.id(), e.label())).toList(),
                new NotePrint.Signature(v.signedBy(), v.signedAt(), v.contentHash(), v.hashMatches()),
                v.addenda().stream().map(d -> new NotePrint.Addendum(d.text(), d.signedBy(), d.signedAt(), d.contentHash())).toList());
    }

    /** A conversation as the record prints it: every message of the period, a withdrawn one with its text and when. */
    static NotePdf.Note conversation(String caseNumber, MessageRecords.ThreadRecord thread, ZoneId zone) {
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);
        List<NotePdf.Section> sections = thread.messages().stream()
                .map(m -> new NotePdf.Section(m.authorName() + ", " + when.format(m.sentAt().atZone(zone)), m.withdrawnAt() == null
                        ? m.body()
                        : m.body() + "\n" + Texts.get("pdf.messageWithdrawn", when.format(m.withdrawnAt().atZone(zone)))))
                .toList();
        return new NotePdf.Note(Texts.get("pdf.conversationTitle", caseNumber, thread.name()),
                List.of(Texts.get("pdf.conversationFacts", thread.messages().size(), zone.getId())), sections, List.of(), List.of());
    }
}
