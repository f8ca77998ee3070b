package org.reconnect.shared.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.audit.boundary.AuditChainWalk;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.dev.EmbeddedMariaDb;
import org.reconnect.testsupport.EmbeddedDatabaseForIT;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's backup and restore, on the test database: a dump taken while the application
 * runs, restored into an empty database, holds the same records, and its audit chain verifies
 * with the application's own check; the append-only triggers come back with it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

    private static final String RESTORED = "reconnect_restore_check";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(BackupRestoreIT.class);
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aDumpRestoresWithAnIntactAuditChain() throws Exception {
        new WebClient().logIn("maya@demo.test", RunAs.DEMO_PASSWORD);   // something recent in the trail
        EmbeddedMariaDb database = EmbeddedDatabaseForIT.current();
        Path dump = Files.createTempFile("reconnect-backup", ".sql");
        try {
            database.dump(dump);
            assertTrue(Files.size(dump) > 10_000, "a dump with data");
            assertTrue(Files.readString(dump).contains("CREATE") && Files.readString(dump).contains("TRIGGER"));

            database.restore(dump, RESTORED);

            try (Connection restored = DriverManager.getConnection(TestDatabase.url(RESTORED), EmbeddedMariaDb.OWNER_USER,
                    EmbeddedMariaDb.OWNER_PASSWORD);
                 Connection live = DriverManager.getConnection(TestDatabase.url(), EmbeddedMariaDb.OWNER_USER,
                         EmbeddedMariaDb.OWNER_PASSWORD)) {
                AuditChain.Verification chain = AuditChainWalk.walk(restored, checked -> { });
                assertTrue(chain.intact(), () -> "restored chain broken at " + chain.firstBadSeq() + ": " + chain.problem());
                assertTrue(chain.checkedRows() > 0);
                assertEquals(count(restored, "SELECT COUNT(*) FROM audit_event"), chain.checkedRows(), "every event walked");
                for (String table : List.of("user_account", "couple", "partner", "homework_entry", "session_note",
                        "assessment_answer", "audit_event_couple")) {
                    assertEquals(count(live, "SELECT COUNT(*) FROM " + table), count(restored, "SELECT COUNT(*) FROM " + table),
                            table);
                }
                assertEquals(count(live, "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'reconnect'"),
                        count(restored, "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '" + RESTORED + "'"),
                        "the triggers are restored too");
                try (Statement s = restored.createStatement()) {
                    SQLException refused = assertThrows(SQLException.class,
                            () -> s.executeUpdate("DELETE FROM audit_event"));
                    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                }
            }
        } finally {
            database.runAsRoot("DROP DATABASE IF EXISTS " + RESTORED);
            Files.deleteIfExists(dump);
        }
    }
}
