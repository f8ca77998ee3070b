package org.reconnect.audit.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.shared.boundary.PageViews;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import javax.naming.InitialContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    /** Walks the stored chain as the admin's check does, once every committed event is linked. */
    private static AuditChain.Verification verifyStoredChain() throws Exception {
        awaitLinked();
        try (Connection connection = Deployed.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                return AuditChainWalk.walk(connection, checked -> { });
            } finally {
                connection.rollback();
            }
        }
    }

    /** The linker runs every second: within a few, nothing waits. */
    private static void awaitLinked() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (Deployed.number("SELECT COUNT(*) FROM audit_pending") > 0) {
            assertTrue(System.nanoTime() < deadline, "audit events still wait for their link after 15 s");
            Thread.sleep(200);
        }
    }

    @Test
    void anAuditedPageDoesNotWaitForTheChainHead() throws Exception {
        long before = Deployed.number("SELECT COUNT(*) FROM audit_event WHERE actor = 'sam@demo.test' AND action = 'VIEW_PORTAL_HOME'");
        try (Connection holder = Deployed.dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                // whoever holds the head (the linker, a verification) ...
                lock.executeQuery("SELECT last_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE").close();
                long started = System.nanoTime();
                // ... does not hold back an audited view: before, every append waited here for 10 s and failed
                RunAs.user("sam@demo.test", cases()::myCase);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertTrue(millis < 3_000, () -> "an audited view waited " + millis + " ms for the chain head");
            } finally {
                holder.rollback();
            }
        }
        assertEquals(before + 1, Deployed.number(
                "SELECT COUNT(*) FROM audit_event WHERE actor = 'sam@demo.test' AND action = 'VIEW_PORTAL_HOME'"));
    }

    @Test
    void eventsWrittenAtOnceAreAllLinkedInOneIntactChain() throws Exception {
        long linksBefore = Deployed.number("SELECT COUNT(*) FROM audit_link");
        List<String> users = List.of("alex@demo.test", "sam@demo.test", "jordan@demo.test", "riley@demo.test");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> views = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String user = users.get(i % users.size());
                views.add(pool.submit(() -> RunAs.user(user, cases()::myCase)));
            }
            for (Future<Object> view : views) {
                view.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        AuditChain.Verification verification = verifyStoredChain();

        assertTrue(verification.intact(), () -> "broken at " + verification.firstBadSeq() + ": " + verification.problem());
        assertTrue(Deployed.number("SELECT COUNT(*) FROM audit_link") >= linksBefore + 40);
        assertEquals(0, Deployed.number("""
                SELECT COUNT(*) FROM audit_event e WHERE NOT EXISTS (SELECT 1 FROM audit_link l WHERE l.event_seq = e.seq)"""),
                "every event is in the chain");
    }

    @Test
    void aPageWhoseTransactionRollsBackKeepsWhatItShowedOnRecord() throws Exception {
        String count = "SELECT COUNT(*) FROM audit_event WHERE actor = 'riley@demo.test' AND action = 'VIEW_PORTAL_HOME'";
        long before = Deployed.number(count);

        showThenRollBack(true);
        assertEquals(before + 1, Deployed.number(count), "the page showed the home: that stays on record");

        showThenRollBack(false);
        assertEquals(before + 1, Deployed.number(count), "outside a page, a rolled-back call showed nothing");
    }

    /** Opens the portal home in a transaction that a refusal later marks for rollback. */
    private static void showThenRollBack(boolean asPage) throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        TransactionSynchronizationRegistry registry = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        RunAs.user("riley@demo.test", () -> {
            transaction.begin();
            try {
                if (asPage) {
                    PageViews.mark(registry);
                }
                cases().myCase();
                transaction.setRollbackOnly();
            } finally {
                transaction.rollback();
            }
        });
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() throws Exception {
        RunAs.user("jordan@demo.test", cases()::myCase);

        // the application's database user: refused by its grants, before any trigger is asked
        for (String sql : java.util.List.of("UPDATE audit_event SET actor = 'someone else'", "DELETE FROM audit_event",
                "UPDATE audit_event_couple SET couple_id = couple_id", "DELETE FROM audit_event_couple",
                "DELETE FROM audit_chain_head", "UPDATE audit_link SET hash = hash", "DELETE FROM audit_link",
                "UPDATE audit_pending SET event_seq = event_seq", "INSERT INTO audit_pending (event_seq) VALUES (1)",
                "DELETE FROM audit_event_number",
                "DROP TRIGGER audit_event_no_update", "ALTER TABLE audit_event ADD COLUMN x INT",
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
        SQLException unlink = assertThrows(SQLException.class, () -> Deployed.execute(Deployed.ownerDataSource(), "DELETE FROM audit_link"));
        assertTrue(unlink.getMessage().contains("append-only"), unlink.getMessage());
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
    }
}
