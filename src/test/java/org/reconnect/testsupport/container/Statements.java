package org.reconnect.testsupport.container;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import javax.naming.InitialContext;
import java.util.logging.Logger;

/** How many SQL statements a page's boundary calls cost, from Hibernate's statistics on the test server. */
public final class Statements {

    private static final Logger LOG = Logger.getLogger(Statements.class.getName());

    private Statements() {
    }

    /** Runs {@code page} as {@code user} and answers the statements it prepared. */
    public static long countedFor(String user, Runnable page) throws Exception {
        EntityManagerFactory factory = InitialContext.doLookup("java:global/reconnect/entityManagerFactory");
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            throw new IllegalStateException("Hibernate statistics are off on the test server");
        }
        statistics.clear();
        RunAs.user(user, () -> {
            page.run();
            return null;
        });
        LOG.info(() -> user + ": statements " + statistics.getPrepareStatementCount() + ", entity fetches "
                + statistics.getEntityFetchCount() + ", collection fetches " + statistics.getCollectionFetchCount()
                + ", queries " + String.join(" | ", statistics.getQueries()));
        return statistics.getPrepareStatementCount();
    }
}
