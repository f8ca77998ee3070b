package org.reconnect.testsupport.container;

import org.reconnect.shared.boundary.SqlCounter;

import java.util.logging.Logger;

/**
 * How many SQL statements a page's boundary calls cost, counted on this thread only (the
 * application's own per-request count, {@link SqlCounter}): the audit linker or any other
 * background work running meanwhile is never counted.
 */
public final class Statements {

    private static final Logger LOG = Logger.getLogger(Statements.class.getName());

    private Statements() {
    }

    /** Runs {@code page} as {@code user} and answers the statements it sent. */
    public static long countedFor(String user, Runnable page) throws Exception {
        SqlCounter.reset();
        RunAs.user(user, () -> {
            page.run();
            return null;
        });
        SqlCounter.Cost cost = SqlCounter.current();
        LOG.info(() -> user + ": statements " + cost.statements() + ", transactions " + cost.transactions()
                + ", " + String.join(" | ", SqlCounter.texts()));
        return cost.statements();
    }
}
