package org.reconnect.audit.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the {@link AuditLinker} every second, batch after batch until nothing waits. A round that
 * cannot have the chain head (a verification walks the chain, a second server links) tries again
 * a second later; nothing is lost, the events wait.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditLinkerSchedule {

    private static final Logger LOG = Logger.getLogger(AuditLinkerSchedule.class.getName());

    @Inject
    AuditLinker linker;

    /** Rounds in a row that could not link: a minute of them is worth a warning. */
    private static final int WARN_AFTER = 60;

    private final AtomicBoolean running = new AtomicBoolean();
    private int failedRounds;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "audit linker")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void link() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int linked;
            do {
                linked = linker.linkWaiting();
            } while (linked == AuditLinker.BATCH);
            failedRounds = linked < 0 ? failedRounds + 1 : 0;
            if (failedRounds == WARN_AFTER) {
                LOG.warning("Audit events have waited a minute for their link: the database or the chain head is unavailable");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "audit linking waits for the next round", e);
        } finally {
            running.set(false);
        }
    }
}
