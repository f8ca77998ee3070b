package org.reconnect.audit.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.audit.control.AuditRecord;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
        RunAs.user("maya@demo.test", cases()::myCaseload);
        RunAs.user("alex@demo.test", cases()::myCase);

        List<AuditChain.Link> links = new ArrayList<>();
        try (Connection connection = Deployed.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT seq, occurred_at, actor, action, outcome, couple_id, target_type, target_id,
                            client_address, detail, prev_hash, hash
                     FROM audit_event ORDER BY seq""")) {
            while (rows.next()) {
                Long coupleId = rows.getObject("couple_id") == null ? null : rows.getLong("couple_id");
                links.add(new AuditChain.Link(new AuditRecord(rows.getLong("seq"),
                        rows.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rows.getString("actor"), rows.getString("action"),
                        rows.getString("outcome"), coupleId, rows.getString("target_type"), rows.getString("target_id"),
                        rows.getString("client_address"), rows.getString("detail")),
                        rows.getString("prev_hash"), rows.getString("hash")));
            }
        }
        long headSeq = Deployed.number("SELECT last_seq FROM audit_chain_head WHERE id = 1");
        String headHash = text("SELECT last_hash FROM audit_chain_head WHERE id = 1");

        AuditChain.Verification verification = AuditChain.verify(links.iterator(), headSeq, headHash);

        assertTrue(links.size() >= 2);
        assertTrue(verification.intact(), () -> "broken at " + verification.firstBadSeq() + ": " + verification.problem());
        assertEquals(links.size(), verification.checkedRows());
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() throws Exception {
        RunAs.user("jordan@demo.test", cases()::myCase);

        SQLException update = assertThrows(SQLException.class, () -> execute("UPDATE audit_event SET actor = 'someone else'"));
        SQLException delete = assertThrows(SQLException.class, () -> execute("DELETE FROM audit_event"));

        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = Deployed.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static String text(String sql) throws SQLException {
        try (Connection connection = Deployed.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }
}
