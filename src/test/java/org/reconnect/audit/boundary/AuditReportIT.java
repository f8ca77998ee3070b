package org.reconnect.audit.boundary;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit report through the real boundary: filters, sorting, paging and CSV, its own use
 * audited, admins only; and the tamper test: rows changed, removed and inserted directly in SQL
 * (with the append-only triggers lifted for the moment) are named by the integrity check, which
 * holds again once the rows are put back.
 */
@ExtendWith(ArquillianExtension.class)
class AuditReportIT {

    private static final String ADMIN = "admin@demo.test";

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(AuditReportIT.class);
    }

    private static AuditReport report() {
        return Deployed.boundary(AuditReport.class);
    }

    private static PageRequest page(Map<String, String> filters, String sort, boolean ascending) {
        return new PageRequest(0, 100, sort, ascending, filters);
    }

    @Test
    void filtersSortingPagingAndCsv() throws Exception {
        RunAs.user("jordan@demo.test", () -> Deployed.boundary(Cases.class).myCase());
        RunAs.user("riley@demo.test", () -> Deployed.boundary(Cases.class).myCase());
        String today = LocalDate.now().toString();

        Map<String, String> jordan = Map.of("actor", "jordan@", "from", today, "to", today);
        List<AuditRow> rows = RunAs.user(ADMIN, () -> report().rows(page(jordan, null, true)));
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.actor().equals("jordan@demo.test")), rows.toString());
        // what came before in the suite decides how many: one page of at most 100, and all of them in the count
        long jordans = RunAs.user(ADMIN, () -> report().count(jordan));
        assertEquals(Math.min(jordans, 100), rows.size());
        assertTrue(rows.get(0).seq() > rows.get(rows.size() - 1).seq() || rows.size() == 1, "newest first");

        Map<String, String> couple = Map.of("couple", "rc-2026-0002", "action", "VIEW_PORTAL_HOME");
        List<AuditRow> ofCouple = RunAs.user(ADMIN, () -> report().rows(page(couple, "actor", true)));
        assertTrue(ofCouple.stream().allMatch(r -> "RC-2026-0002".equals(r.caseNumber()) && r.action().equals("VIEW_PORTAL_HOME")),
                ofCouple.toString());
        List<String> actors = ofCouple.stream().map(AuditRow::actor).toList();
        assertEquals(actors.stream().sorted().toList(), actors, "sorted by user");
        List<AuditRow> descending = RunAs.user(ADMIN, () -> report().rows(page(couple, "actor", false)));
        List<String> down = descending.stream().map(AuditRow::actor).toList();
        // the first page either way: the reverse of the other only while everything fits on one page
        long ofCoupleCount = RunAs.user(ADMIN, () -> report().count(couple));
        assertEquals(Math.min(ofCoupleCount, 100), actors.size());
        assertEquals(actors.size(), down.size());
        assertEquals(down.stream().sorted(java.util.Comparator.reverseOrder()).toList(), down, "sorted by user, descending");
        assertTrue(actors.get(actors.size() - 1).compareTo(down.get(0)) <= 0, "the descending page starts at the last user");
        if (ofCoupleCount <= 100) {
            assertEquals(actors.stream().sorted(java.util.Comparator.reverseOrder()).toList(), down);
        }
        assertEquals(0, RunAs.user(ADMIN, () -> report().count(Map.of("couple", "RC-9999-9999"))));
        assertEquals(0, RunAs.user(ADMIN, () -> report().count(Map.of("actor", "%"))), "wildcards are literal");

        // numbers can have gaps (those of a rolled-back transaction are not used again)
        List<Long> firstFour = RunAs.user(ADMIN, () -> report().rows(new PageRequest(0, 4, "seq", true, Map.of())))
                .stream().map(AuditRow::seq).toList();
        PageRequest second = new PageRequest(2, 2, "seq", true, Map.of());
        List<AuditRow> paged = RunAs.user(ADMIN, () -> report().rows(second));
        assertEquals(firstFour.subList(2, 4), paged.stream().map(AuditRow::seq).toList());

        String csv = new String(RunAs.user(ADMIN, () -> report().csv(jordan, "seq", true)), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("seq,occurred_at_utc,actor,action,outcome,case,"), csv);
        assertTrue(csv.contains("jordan@demo.test"), csv);
        assertEquals(jordans + 1, csv.split("\r\n").length, "the export holds every row the filter finds, not one page");

        assertTrue(Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_AUDIT' AND actor = ?", ADMIN) >= 4);
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT_AUDIT' AND actor = ?"
                + " AND detail LIKE '%actor=jordan@%'", ADMIN));
        assertThrows(EJBAccessException.class, () -> RunAs.user("maya@demo.test", () -> report().count(Map.of())));
        assertThrows(EJBAccessException.class, () -> RunAs.user("maya@demo.test", () -> report().verify()));
    }

    @Test
    void tamperingIsFoundAtTheFirstBadRow() throws Exception {
        AuditReport.Integrity clean = RunAs.user(ADMIN, () -> report().verify());
        assertTrue(clean.intact(), () -> "broken before the test at " + clean.firstBadSeq());

        List<String> triggers = List.of("audit_event_no_update", "audit_event_no_delete", "audit_link_no_delete");
        Map<String, String> definitions = new HashMap<>();
        for (String trigger : triggers) {
            definitions.put(trigger, Deployed.textAsOwner("SELECT CONCAT('CREATE TRIGGER ', TRIGGER_NAME, ' ', ACTION_TIMING, ' ', "
                    + "EVENT_MANIPULATION, ' ON ', EVENT_OBJECT_TABLE, ' FOR EACH ROW ', ACTION_STATEMENT) "
                    + "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = ?", trigger));
        }
        awaitLinked();
        // a linked event in the middle without listed couples
        long victimLink = Deployed.number("""
                SELECT MAX(l.link_no) FROM audit_link l WHERE l.link_no < (SELECT MAX(link_no) - 5 FROM audit_link)
                AND NOT EXISTS (SELECT 1 FROM audit_event_couple c WHERE c.seq = l.event_seq)""");
        long victim = Deployed.number("SELECT event_seq FROM audit_link WHERE link_no = ?", victimLink);
        long next = Deployed.number("SELECT event_seq FROM audit_link WHERE link_no = ?", victimLink + 1);
        String detail = Deployed.text("SELECT detail FROM audit_event WHERE seq = ?", victim);
        try {
            for (String trigger : triggers) {
                Deployed.execute(Deployed.ownerDataSource(), "DROP TRIGGER " + trigger);
            }
            // changed
            Deployed.updateAsOwner("UPDATE audit_event SET detail = 'rewritten' WHERE seq = ?", victim);
            AuditReport.Integrity changed = RunAs.user(ADMIN, () -> report().verify());
            assertFalse(changed.intact());
            assertEquals(victim, changed.firstBadSeq());
            assertEquals(AuditChain.Problem.ALTERED, changed.problem());
            Deployed.updateAsOwner("UPDATE audit_event SET detail = ? WHERE seq = ?", detail, victim);
            assertTrue(RunAs.user(ADMIN, () -> report().verify()).intact(), "put back");

            // removed, with its link
            List<Object> event = rowOf("SELECT seq, occurred_at, actor, action, outcome, couple_id, target_type, target_id,"
                    + " client_address, detail, content_hash FROM audit_event WHERE seq = " + victim);
            List<Object> link = rowOf("SELECT link_no, event_seq, prev_hash, hash FROM audit_link WHERE link_no = " + victimLink);
            Deployed.updateAsOwner("DELETE FROM audit_link WHERE link_no = ?", victimLink);
            Deployed.updateAsOwner("DELETE FROM audit_event WHERE seq = ?", victim);
            AuditReport.Integrity removed = RunAs.user(ADMIN, () -> report().verify());
            assertFalse(removed.intact());
            assertEquals(next, removed.firstBadSeq(), "the event after the gap");
            assertEquals(AuditChain.Problem.BROKEN_LINK, removed.problem());
            Deployed.updateAsOwner("""
                    INSERT INTO audit_event (seq, occurred_at, actor, action, outcome, couple_id, target_type, target_id,
                                             client_address, detail, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    event.toArray());
            Deployed.updateAsOwner("INSERT INTO audit_link (link_no, event_seq, prev_hash, hash) VALUES (?, ?, ?, ?)",
                    link.toArray());
            Deployed.updateAsOwner("DELETE FROM audit_pending WHERE event_seq = ?", victim);   // the insert put it on the list
            assertTrue(RunAs.user(ADMIN, () -> report().verify()).intact(), "put back");

            // inserted past the trail: waits for its link, which the linker never gives it
            long forged = Deployed.number("SELECT MAX(seq) FROM audit_event") + 5_000;
            Deployed.updateAsOwner("""
                    INSERT INTO audit_event (seq, occurred_at, actor, action, outcome)
                    VALUES (?, NOW(6), 'intruder', 'LOGIN', 'SUCCESS')""", forged);
            Thread.sleep(2_500);   // two rounds of the linker
            assertEquals(0, Deployed.number("SELECT COUNT(*) FROM audit_link WHERE event_seq = ?", forged), "never linked");
            AuditReport.Integrity inserted = RunAs.user(ADMIN, () -> report().verify());
            assertFalse(inserted.intact());
            assertEquals(forged, inserted.firstBadSeq());
            assertEquals(AuditChain.Problem.ALTERED, inserted.problem());
            Deployed.updateAsOwner("DELETE FROM audit_pending WHERE event_seq = ?", forged);

            // and inserted with its list entry taken away: outside the chain altogether
            AuditReport.Integrity unchained = RunAs.user(ADMIN, () -> report().verify());
            assertFalse(unchained.intact());
            assertEquals(forged, unchained.firstBadSeq());
            assertEquals(AuditChain.Problem.UNCHAINED, unchained.problem());
            Deployed.updateAsOwner("DELETE FROM audit_event WHERE seq = ?", forged);
        } finally {
            for (String trigger : triggers) {
                if (Deployed.numberAsOwner("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
                        + " AND TRIGGER_NAME = ?", trigger) == 0) {
                    Deployed.execute(Deployed.ownerDataSource(), definitions.get(trigger));
                }
            }
        }
        AuditReport.Integrity after = RunAs.user(ADMIN, () -> report().verify());
        assertTrue(after.intact(), () -> "broken after the test at " + after.firstBadSeq() + ": " + after.problem());
        assertTrue(Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'VERIFY_AUDIT' AND outcome = 'FAILURE'") >= 3,
                "failed checks are on record too");
        java.sql.SQLException refused = assertThrows(java.sql.SQLException.class,
                () -> Deployed.updateAsOwner("UPDATE audit_event SET actor = 'x' WHERE seq = ?", victim), "the triggers are back");
        assertTrue(refused.getMessage().contains("append-only") || refused.getMessage().contains("audit"), refused.getMessage());
    }

    private static List<Object> rowOf(String select) throws Exception {
        try (Connection connection = Deployed.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(select)) {
            assertTrue(rs.next());
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getObject(i));
            }
            return values;
        }
    }

    /** The linker runs every second: within a few, nothing waits. */
    private static void awaitLinked() throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (Deployed.number("SELECT COUNT(*) FROM audit_pending") > 0) {
            assertTrue(System.nanoTime() < deadline, "audit events still wait for their link after 15 s");
            Thread.sleep(200);
        }
    }
}
