package org.reconnect.shared.web;

import jakarta.transaction.HeuristicMixedException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are the database's passing trouble (the outage page), and which are not. */
class DatabaseUnavailableTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new jakarta.ejb.EJBTransactionRolledbackException("rolled back", new RuntimeException("persistence", cause));
    }

    @Test
    void aLockWaitTimeoutADeadlockOrASocketTimeoutIsPassingTrouble() {
        assertTrue(DatabaseUnavailable.causedByIt(wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertTrue(DatabaseUnavailable.causedByIt(wrapped(new SQLException("Deadlock found", "40001", 1213))));
        assertTrue(DatabaseUnavailable.causedByIt(wrapped(new SQLException("Communications link failure", "08S01", 0,
                new java.net.SocketTimeoutException("Read timed out")))));
        assertTrue(DatabaseUnavailable.causedByIt(wrapped(new java.sql.SQLTimeoutException("statement timeout"))));
    }

    @Test
    void aConnectionThePoolDestroyedUnderTheTransactionIsPassingTrouble() {
        // seen in DatabaseChaosIT: a page's second statement after the database crashed under its first
        assertTrue(DatabaseUnavailable.causedByIt(wrapped(new SQLException(
                "IJ031040: Connection is not associated with a managed connection: org.jboss.jca.adapters.jdbc.jdk8.WrappedConnectionJDK8@6cd41b67"))));
        assertFalse(DatabaseUnavailable.causedByIt(wrapped(new SQLException("IJ031041: Connection handle has been closed and is unusable"))),
                "a handle the application closed itself is a mistake, not the database");
    }

    @Test
    void anUnansweredCommitIsAnUnknownOutcome() {
        RuntimeException failure = wrapped(new HeuristicMixedException("ARJUNA heuristic"));
        assertTrue(DatabaseUnavailable.outcomeUnknown(failure));
        assertTrue(DatabaseUnavailable.causedByIt(failure));
        assertFalse(DatabaseUnavailable.outcomeUnknown(wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
    }

    @Test
    void aRuleTheDatabaseEnforcesOrAMistakeIsNot() {
        assertFalse(DatabaseUnavailable.causedByIt(wrapped(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseUnavailable.causedByIt(wrapped(new SQLException("an instrument version never changes", "45000", 1644))));
        assertFalse(DatabaseUnavailable.causedByIt(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.causedByIt(new jakarta.persistence.OptimisticLockException("edited meanwhile")));
    }
}
