package org.reconnect.assessment.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import java.util.logging.Logger;

/**
 * When the server starts, after the migrations (and the demo clinic): works out the deterioration
 * flag of every couple that has valid responses but no flag yet, a batch per transaction.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DeteriorationFlagsAtStart {

    private static final Logger LOG = Logger.getLogger(DeteriorationFlagsAtStart.class.getName());

    @Inject
    DeteriorationFlags flags;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void fillMissing() {
        long started = System.nanoTime();
        int total = 0;
        int done;
        try {
            do {
                transaction.begin();
                try {
                    done = flags.fillMissing();
                    transaction.commit();
                } catch (Exception e) {
                    transaction.rollback();
                    throw e;
                }
                total += done;
            } while (done == DeteriorationFlags.BATCH);
        } catch (Exception e) {
            throw new IllegalStateException("cannot work out the couples' deterioration flags", e);
        }
        if (total > 0) {
            int couples = total;
            LOG.info(() -> "Worked out the deterioration flags of " + couples + " couples in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }
}
