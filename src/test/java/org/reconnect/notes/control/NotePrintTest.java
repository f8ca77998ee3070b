package org.reconnect.notes.control;

import org.junit.jupiter.api.Test;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.notes.entity.RiskLevel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the PDF of a note says, with words that show their key and arguments ("pdf.joint",
 * "step.4.title"), so each line can be traced to its message.
 */
class NotePrintTest {

    private static final NotePrint.Words WORDS = (key, arguments) ->
            arguments.length == 0 ? key : key + Arrays.toString(arguments);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final NotePrint.Session JOINT = new NotePrint.Session("RC-2026-0001", "Alex & Sam", null,
            LocalDateTime.of(2026, 11, 20, 18, 0), 50);
    private static final NotePrint.Signature SIGNED = new NotePrint.Signature("Maya Chen <maya@demo.test>",
            Instant.parse("2026-07-20T17:50:00Z"), "ab12", true);
    private static final List<NotePrint.Entry> ENTRIES = List.of(new NotePrint.Entry(7, "2026-11-19 · Sam"),
            new NotePrint.Entry(3, "2026-11-18 · Alex"), new NotePrint.Entry(5, "2026-11-17 · Alex"));

    private static NoteRules.Draft content(List<Integer> steps, RiskLevel risk, String riskText, List<Long> entries) {
        return new NoteRules.Draft("Calm.", null, "Progress.", "Keep going.", steps, null, risk, riskText, "Micro-moments.",
                entries);
    }

    private static List<String> sections(NotePdf.Note note) {
        return note.sections().stream().map(s -> s.heading() + " = " + s.text()).toList();
    }

    @Test
    void aSoapNoteInItsWords() {
        NotePdf.Note note = NotePrint.note(WORDS, LONDON, JOINT, NoteTemplate.SOAP, content(List.of(4, 5), RiskLevel.LOW,
                "Raised voices once.", List.of(5L, 7L)), ENTRIES, SIGNED, List.of());

        assertEquals("pdf.noteTitle[RC-2026-0001, Alex & Sam]", note.title());
        assertEquals(List.of("pdf.session[20 Nov 2026, 18:00, 50, pdf.joint]", "pdf.template[SOAP]"), note.facts());
        assertEquals(List.of("note.SOAP.1 = Calm.", "note.SOAP.2 = -", "note.SOAP.3 = Progress.", "note.SOAP.4 = Keep going.",
                "note.steps = 4. step.4.title; 5. step.5.title", "note.interventions = -",
                "note.risk = risk.LOW: Raised voices once.", "note.nextHomework = Micro-moments.",
                "note.entries = 2026-11-19 · Sam\n2026-11-17 · Alex"), sections(note));
    }

    @Test
    void aDapNoteHasNoSecondSectionAndNothingChosenIsADash() {
        NotePdf.Note note = NotePrint.note(WORDS, LONDON, JOINT, NoteTemplate.DAP, content(List.of(), RiskLevel.NONE, null,
                List.of()), ENTRIES, SIGNED, List.of());

        assertEquals(List.of("note.DAP.1 = Calm.", "note.DAP.3 = Progress.", "note.DAP.4 = Keep going.", "note.steps = -",
                "note.interventions = -", "note.risk = risk.NONE", "note.nextHomework = Micro-moments."), sections(note),
                "no entries reviewed, no such section");
    }

    @Test
    void anIndividualSessionNamesThePartner() {
        NotePrint.Session withSam = new NotePrint.Session("RC-2026-0001", "Alex & Sam", "Sam",
                LocalDateTime.of(2026, 1, 5, 9, 30), 45);

        NotePdf.Note note = NotePrint.note(WORDS, LONDON, withSam, NoteTemplate.BIRP, content(List.of(), RiskLevel.NONE, null,
                List.of()), ENTRIES, SIGNED, List.of());

        assertEquals("pdf.session[5 Jan 2026, 09:30, 45, pdf.individual[Sam]]", note.facts().get(0));
    }

    @Test
    void theSignatureIsInTheClinicsZoneWithItsHash() {
        NotePdf.Note note = NotePrint.note(WORDS, LONDON, JOINT, NoteTemplate.SOAP, content(List.of(), RiskLevel.NONE, null,
                List.of()), ENTRIES, SIGNED, List.of());
        NotePdf.Note broken = NotePrint.note(WORDS, ZoneId.of("UTC"), JOINT, NoteTemplate.SOAP, content(List.of(), RiskLevel.NONE,
                null, List.of()), ENTRIES, new NotePrint.Signature("Maya", Instant.parse("2026-07-20T17:50:00Z"), "ff", false),
                List.of());

        // 17:50 UTC is 18:50 in London in summer
        assertEquals(List.of("pdf.signedBy[Maya Chen <maya@demo.test>, 20 Jul 2026, 18:50 Europe/London]", "SHA-256 ab12",
                "note.hashMatches"), note.signature());
        assertEquals(List.of("pdf.signedBy[Maya, 20 Jul 2026, 17:50 UTC]", "SHA-256 ff", "note.hashBroken"), broken.signature());
    }

    @Test
    void addendaFollowInOrderEachWithItsSignature() {
        List<NotePrint.Addendum> addenda = List.of(
                new NotePrint.Addendum("Correction: 45 minutes.", "Maya", Instant.parse("2026-11-21T09:00:00Z"), "c1"),
                new NotePrint.Addendum("Spelling.", "Omar", Instant.parse("2026-11-22T10:15:00Z"), "c2"));

        NotePdf.Note note = NotePrint.note(WORDS, LONDON, JOINT, NoteTemplate.SOAP, content(List.of(), RiskLevel.NONE, null,
                List.of()), ENTRIES, SIGNED, addenda);

        assertEquals(List.of(
                new NotePdf.Addendum("pdf.addendum[21 Nov 2026, 09:00]", "Correction: 45 minutes.", "pdf.addendumSigned[Maya] SHA-256 c1"),
                new NotePdf.Addendum("pdf.addendum[22 Nov 2026, 10:15]", "Spelling.", "pdf.addendumSigned[Omar] SHA-256 c2")),
                note.addenda());
    }

    @Test
    void thePlaceholdersAreThePatternsThemselves() {
        assertEquals(new NotePdf.Placeholders("pdf.missingEmoji", "pdf.missingCharacter"), NotePrint.placeholders(WORDS));
    }
}
