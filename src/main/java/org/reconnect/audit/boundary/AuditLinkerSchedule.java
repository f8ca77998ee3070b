package org.reconnect.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the {@link AuditLinker} a second after its last round ended, batch after batch until
 * nothing waits. A round never overlaps the one before, however long linking takes under load. A
 * round that cannot have the chain head (a verification walks the chain, a second server links)
 * gives way and tries again a second later; nothing is lost, the events wait.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditLinkerSchedule {

    private static final Logger LOG = Logger.getLogger(AuditLinkerSchedule.class.getName());
    private static final long PAUSE_MS = 1_000;
    /** Rounds in a row that could not link: a minute of them is worth a warning. */
    private static final int WARN_AFTER = 60;

    @Inject
    AuditLinker linker;

    @Resource
    TimerService timers;

    private int failedRounds;

    @PostConstruct
    void start() {
        next();
    }

    private void next() {
        timers.createSingleActionTimer(PAUSE_MS, new TimerConfig("audit linker", false));
    }

    /** One round of linking, then the next round is set a second on. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void link() {
        try {
            int linked;
            do {
                linked = linker.linkWaiting();
            } while (linked == AuditLinker.BATCH);
            failedRounds = linked < 0 ? failedRounds + 1 : 0;
        } catch (RuntimeException e) {
            // a commit that failed: rolled back, they wait
            failedRounds++;
            LOG.log(Level.FINE, "audit linking waits for the next round", e);
        } finally {
            if (failedRounds == WARN_AFTER) {
                LOG.warning("Audit events have waited a minute for their link: the database is unavailable");
            }
            next();
        }
    }
}
