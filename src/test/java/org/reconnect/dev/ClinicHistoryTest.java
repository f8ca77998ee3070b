package org.reconnect.dev;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.InstrumentParser;
import org.reconnect.assessment.control.Scoring;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.audit.entity.AuditRecord;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.notes.entity.NoteContent;
import org.reconnect.notes.entity.RiskLevel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small generated clinic, kept in memory, checked with the product's own rules. */
class ClinicHistoryTest {

    private static final Instant NOW = Instant.parse("2026-03-04T15:00:00Z");
    private static final Map<String, List<Object[]>> ROWS = new HashMap<>();
    private static ClinicAuditTrail.Head head;

    @BeforeAll
    static void generate() {
        head = ClinicHistory.generate((table, values) -> ROWS.computeIfAbsent(table, t -> new ArrayList<>()).add(values),
                40, NOW, "$2a$10$notARealHashButTheGeneratorNeverReadsIt");
    }

    @Test
    void auditTrailVerifiesAsTheProductChecksIt() {
        Map<Long, List<Long>> listed = new HashMap<>();
        for (Object[] row : rows("audit_event_couple")) {
            listed.computeIfAbsent((Long) row[0], s -> new ArrayList<>()).add((Long) row[1]);
        }
        Map<Long, Object[]> linkOf = new HashMap<>();
        for (Object[] row : rows("audit_link")) {
            linkOf.put((Long) row[1], row);
        }
        List<AuditChain.Link> links = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (Object[] row : rows("audit_event")) {
            Instant at = ((LocalDateTime) row[1]).toInstant(ZoneOffset.UTC);
            assertFalse(at.isBefore(previous), "events are numbered in order of time");
            assertTrue(at.isBefore(NOW), "nothing happens after now");
            previous = at;
            AuditRecord record = new AuditRecord((Long) row[0], at, (String) row[2], (String) row[3], (String) row[4],
                    (Long) row[5], listed.get((Long) row[0]), (String) row[6], (String) row[7], (String) row[8], (String) row[9]);
            assertEquals(AuditChain.contentHash(record), row[10], "the content hash an unlinked event would be checked by");
            Object[] link = linkOf.get((Long) row[0]);
            links.add(new AuditChain.Link((Long) link[0], (Long) link[1], record, (String) link[2], (String) link[3]));
        }
        AuditChain.Verification check = AuditChain.verify(links.iterator(), head.lastSeq(), head.lastHash());

        assertTrue(check.intact(), () -> "broken at " + check.firstBadSeq() + ": " + check.problem());
        assertEquals(links.size(), check.checkedRows());
        assertFalse(listed.isEmpty(), "caseload pages name the couples they showed");
    }

    @Test
    void signedNotesCarryTheHashOfWhatTheySay() {
        Map<Long, TreeSet<Long>> reviewed = new HashMap<>();
        for (Object[] row : rows("session_note_entry")) {
            reviewed.computeIfAbsent((Long) row[0], n -> new TreeSet<>()).add((Long) row[1]);
        }
        int signed = 0;
        for (Object[] note : rows("session_note")) {
            if ("SIGNED".equals(note[13])) {
                NoteContent content = new NoteContent(NoteTemplate.valueOf((String) note[3]), (String) note[4], (String) note[5],
                        (String) note[6], (String) note[7], (String) note[8], (String) note[9], RiskLevel.valueOf((String) note[10]),
                        (String) note[11], (String) note[12]);
                Instant signedAt = ((LocalDateTime) note[14]).toInstant(ZoneOffset.UTC);
                assertEquals(content.hash((Long) note[1], reviewed.getOrDefault((Long) note[0], new TreeSet<>()),
                        (String) note[15], signedAt), note[16]);
                signed++;
            }
        }
        assertTrue(signed > 100, "a clinic of 40 couples signs many notes in two years: " + signed);
    }

    @Test
    void everySubmittedQuestionnaireHasAScore() {
        Map<Long, Instrument> instruments = new HashMap<>();
        for (Object[] row : rows("instrument")) {
            instruments.put((Long) row[0], InstrumentParser.parse((String) row[4]).instrument());
        }
        Map<Long, Map<String, Integer>> answers = new HashMap<>();
        for (Object[] row : rows("assessment_answer")) {
            answers.computeIfAbsent((Long) row[0], a -> new LinkedHashMap<>()).put((String) row[1], (Integer) row[2]);
        }
        int scored = 0;
        for (Object[] administration : rows("assessment_administration")) {
            Map<String, Integer> given = answers.get((Long) administration[0]);
            if ("SUBMITTED".equals(administration[8])) {
                assertNotNull(Scoring.score(instruments.get((Long) administration[4]), given).band());
                scored++;
            } else {
                assertEquals(null, given, "only submitted responses have answers");
            }
        }
        assertTrue(scored > 100, "scored " + scored);
    }

    @Test
    void everyActiveCoupleHasATherapistAndBothPartnersCanSignIn() {
        Map<Long, Object[]> accounts = new HashMap<>();
        rows("user_account").forEach(a -> accounts.put((Long) a[0], a));
        for (Object[] couple : rows("couple")) {
            if ("ACTIVE".equals(couple[2])) {
                assertNotNull(couple[3], "therapist of " + couple[1]);
            }
        }
        for (Object[] partner : rows("partner")) {
            Object[] account = accounts.get((Long) partner[2]);
            assertEquals(Boolean.TRUE, account[4]);
            assertNotNull(account[3]);
        }
        assertEquals(80, rows("partner").size());
    }

    private static List<Object[]> rows(String table) {
        return ROWS.getOrDefault(table, List.of());
    }
}
