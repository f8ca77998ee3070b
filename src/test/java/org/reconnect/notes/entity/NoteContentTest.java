package org.reconnect.notes.entity;

import org.reconnect.clinic.entity.NoteTemplate;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NoteContentTest {

    private static final Instant AT = Instant.parse("2026-11-20T18:50:00Z");
    private static final String BY = "Maya Chen <maya@demo.test>";

    private static NoteContent note(String s1, String s2) {
        return new NoteContent(NoteTemplate.SOAP, s1, s2, "Progress.", "Keep going.", "4,5", "Bids review.", RiskLevel.NONE,
                null, "Micro-moment log.");
    }

    @Test
    void theHashIsTheSha256OfTheDocumentedCanonicalText() throws Exception {
        String canonical = """
                reconnect-note-v1
                appointment:2:42
                template:4:SOAP
                section1:5:Calm.
                section2:-
                section3:9:Progress.
                section4:11:Keep going.
                steps:3:4,5
                interventions:12:Bids review.
                risk:4:NONE
                riskText:-
                nextHomework:17:Micro-moment log.
                entries:7:[3, 11]
                signedBy:26:Maya Chen <maya@demo.test>
                signedAt:20:2026-11-20T18:50:00Z
                """;
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, note("Calm.", null).hash(42, Set.of(11L, 3L), BY, AT));
    }

    @Test
    void reviewedMessagesChangeTheHashAndNoneLeaveItAsBefore() {
        NoteContent note = note("Calm.", "Relaxed.");
        String before = note.hash(42, Set.of(3L), BY, AT);
        assertEquals(before, note.hash(42, Set.of(3L), Set.of(), BY, AT), "notes signed before messages existed still match");
        String withMessages = note.hash(42, Set.of(3L), Set.of(9L, 2L), BY, AT);
        assertNotEquals(before, withMessages);
        assertEquals(withMessages, note.hash(42, Set.of(3L), List.of(2L, 9L), BY, AT), "in any order");
        assertNotEquals(withMessages, note.hash(42, Set.of(3L), Set.of(9L), BY, AT));
        assertNotEquals(note.hash(42, Set.of(5L), Set.of(), BY, AT), note.hash(42, Set.of(), Set.of(5L), BY, AT),
                "an entry and a message with the same id are not the same");
    }

    @Test
    void everyPartChangesTheHash() {
        String base = note("Calm.", "Relaxed.").hash(42, Set.of(), BY, AT);

        List<String> changed = List.of(
                note("Calm!", "Relaxed.").hash(42, Set.of(), BY, AT),
                note("Calm.", "Relaxed!").hash(42, Set.of(), BY, AT),
                note("Calm.", "Relaxed.").hash(43, Set.of(), BY, AT),
                note("Calm.", "Relaxed.").hash(42, Set.of(7L), BY, AT),
                note("Calm.", "Relaxed.").hash(42, Set.of(), "Omar Haddad <omar@demo.test>", AT),
                note("Calm.", "Relaxed.").hash(42, Set.of(), BY, AT.plusSeconds(1)),
                new NoteContent(NoteTemplate.BIRP, "Calm.", "Relaxed.", "Progress.", "Keep going.", "4,5", "Bids review.",
                        RiskLevel.NONE, null, "Micro-moment log.").hash(42, Set.of(), BY, AT),
                new NoteContent(NoteTemplate.SOAP, "Calm.", "Relaxed.", "Progress.", "Keep going.", "4,5", "Bids review.",
                        RiskLevel.LOW, "Mild.", "Micro-moment log.").hash(42, Set.of(), BY, AT));

        changed.forEach(hash -> assertNotEquals(base, hash));
        assertEquals(changed.size(), Set.copyOf(changed).size());
    }

    @Test
    void textThatLooksLikeTheNextFieldCannotForgeIt() {
        String honest = note("a", "b").hash(1, Set.of(), BY, AT);
        String forged = note("a\nsection2:1:b", null).hash(1, Set.of(), BY, AT);

        assertNotEquals(honest, forged, "the length in front of each value keeps fields apart");
    }

    @Test
    void anAddendumIsChainedToItsNote() {
        String one = NoteContent.addendumHash("aa", "Started late.", BY, AT);

        assertEquals(one, NoteContent.addendumHash("aa", "Started late.", BY, AT));
        assertNotEquals(one, NoteContent.addendumHash("ab", "Started late.", BY, AT));
        assertNotEquals(one, NoteContent.addendumHash("aa", "Started later.", BY, AT));
        assertNotEquals(one, NoteContent.addendumHash("aa", "Started late.", BY, AT.plusSeconds(1)));
    }
}
