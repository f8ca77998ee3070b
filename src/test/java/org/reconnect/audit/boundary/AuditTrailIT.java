package org.reconnect.audit.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.audit.control.AuditRecord;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail as written by the running application: chained, complete, append-only. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(AuditTrailIT.class);
    }

    /** Looked up in the test, never in a field initializer: Arquillian also creates the test on the client. */
    private static Cases cases() {
        return Deployed.boundary(Cases.class);
    }

    @Test
    void chainWrittenByTheApplicationVerifiesIntact() throws Exception {
        RunAs.user("maya@demo.test", () -> cases().caseloadRows(PageRequest.firstPage(25)));
        RunAs.user("alex@demo.test", cases()::myCase);

        AuditChain.Verification verification = verifyStoredChain();

        assertTrue(verification.intact(), () -> "broken at " + verification.firstBadSeq() + ": " + verification.problem());
        assertTrue(verification.checkedRows() >= 2);
    }

    @Test
    void caseloadViewNamesEveryCoupleItShowed() throws Exception {
        int shown = RunAs.user("maya@demo.test", () -> cases().caseloadRows(PageRequest.firstPage(50))).size();

        long seq = Deployed.number("SELECT MAX(seq) FROM audit_event WHERE actor = 'maya@demo.test' AND action = 'VIEW_CASELOAD'");
        long listed = Deployed.number("""
                SELECT COUNT(*) FROM audit_event_couple l JOIN couple c ON c.id = l.couple_id
                WHERE l.seq = ? AND c.case_number IN ('RC-2026-0001', 'RC-2026-0003', 'RC-2026-0004')""", seq);

        assertEquals(3, listed);
        assertEquals(shown, Deployed.number("SELECT COUNT(*) FROM audit_event_couple WHERE seq = ?", seq));
    }

    @Test
    void chainHeadCannotBeWoundBack() throws Exception {
        RunAs.user("riley@demo.test", cases()::myCase);

        SQLException rewind = assertThrows(SQLException.class,
                () -> Deployed.execute(Deployed.dataSource(), "UPDATE audit_chain_head SET last_seq = 0 WHERE id = 1"));

        assertTrue(rewind.getMessage().contains("only moves forward"), rewind.getMessage());
    }

    /** Reads the head and then the rows up to it, in one snapshot, as the coming report must. */
    private static AuditChain.Verification verifyStoredChain() throws SQLException {
        try (Connection connection = Deployed.dataSource().getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                long headSeq;
                String headHash;
                try (ResultSet head = statement.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                    head.next();
                    headSeq = head.getLong(1);
                    headHash = head.getString(2);
                }
                Map<Long, List<Long>> listed = new HashMap<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT seq, couple_id FROM audit_event_couple WHERE seq <= " + headSeq)) {
                    while (rows.next()) {
                        listed.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getLong(2));
                    }
                }
                List<AuditChain.Link> links = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("""
                        SELECT seq, occurred_at, actor, action, outcome, couple_id, target_type, target_id,
                               client_address, detail, prev_hash, hash
                        FROM audit_event WHERE seq <= %d ORDER BY seq""".formatted(headSeq))) {
                    while (rows.next()) {
                        long seq = rows.getLong("seq");
                        Long coupleId = rows.getObject("couple_id") == null ? null : rows.getLong("couple_id");
                        links.add(new AuditChain.Link(new AuditRecord(seq,
                                rows.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                                rows.getString("actor"), rows.getString("action"), rows.getString("outcome"), coupleId,
                                listed.getOrDefault(seq, List.of()), rows.getString("target_type"),
                                rows.getString("target_id"), rows.getString("client_address"), rows.getString("detail")),
                                rows.getString("prev_hash"), rows.getString("hash")));
                    }
                }
                connection.commit();
                return AuditChain.verify(links.iterator(), headSeq, headHash);
            }
        }
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() throws Exception {
        RunAs.user("jordan@demo.test", cases()::myCase);

        // the application's database user: refused by its grants, before any trigger is asked
        for (String sql : java.util.List.of("UPDATE audit_event SET actor = 'someone else'", "DELETE FROM audit_event",
                "UPDATE audit_event_couple SET couple_id = couple_id", "DELETE FROM audit_event_couple",
                "DELETE FROM audit_chain_head", "DROP TRIGGER audit_event_no_update", "ALTER TABLE audit_event ADD COLUMN x INT",
                "DROP TABLE audit_event")) {
            SQLException refused = assertThrows(SQLException.class, () -> Deployed.execute(Deployed.dataSource(), sql), sql);
            assertTrue(java.util.Set.of(1142, 1143, 1044, 1370).contains(refused.getErrorCode()),
                    sql + ": " + refused.getErrorCode() + " " + refused.getMessage());
        }
        assertEquals("INSERT,SELECT", Deployed.text("SELECT GROUP_CONCAT(PRIVILEGE_TYPE ORDER BY PRIVILEGE_TYPE)"
                + " FROM information_schema.TABLE_PRIVILEGES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'audit_event'"));

        // the schema owner, who could: stopped by the append-only triggers
        SQLException update = assertThrows(SQLException.class,
                () -> Deployed.execute(Deployed.ownerDataSource(), "UPDATE audit_event SET actor = 'someone else'"));
        SQLException delete = assertThrows(SQLException.class, () -> Deployed.execute(Deployed.ownerDataSource(), "DELETE FROM audit_event"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
    }
}
