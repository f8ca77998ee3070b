package org.reconnect.security.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When each session on this server was last active, noted in memory on every request the person
 * made (never a background poll) and written to {@code signed_in_session} every half minute, so
 * that no page pays a statement for it and every server's list of sessions is at most that much
 * behind. What this server noted and has not written yet counts as well when it lists sessions.
 *
 * <p>Noting needs no transaction; the half-minute write has its own, begun and ended here, so that
 * a database that is away fails only that round: what was noted stays in memory for the next
 * one, with one WARN line, rather than the timer itself failing and being retried at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SessionActivity {

    private static final Logger LOG = Logger.getLogger(SessionActivity.class.getName());

    private final Map<String, Long> noted = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** The person made a request in the session with this handle at this time (epoch milliseconds). */
    public void touch(String handle, long at) {
        if (handle != null) {
            noted.merge(handle, at, Math::max);
        }
    }

    /** Forgets what was noted for an ended session. */
    public void drop(String handle) {
        noted.remove(handle);
    }

    /** The later of what the database holds and what this server noted and has not written yet. */
    public Instant lastActive(String handle, Instant stored) {
        Long local = noted.get(handle);
        return local == null || stored.toEpochMilli() >= local ? stored : Instant.ofEpochMilli(local);
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "session activity")
    void write() {
        if (noted.isEmpty()) {
            return;
        }
        // in the order of the key, as every other update of several rows takes its locks
        Map<String, Long> written = new java.util.TreeMap<>(noted);
        try {
            transaction.begin();
            for (Map.Entry<String, Long> entry : written.entrySet()) {
                em.createQuery("update SignedInSession s set s.lastActiveAt = :at where s.handle = :handle and s.lastActiveAt < :at")
                        .setParameter("at", Instant.ofEpochMilli(entry.getValue()))
                        .setParameter("handle", entry.getKey())
                        .executeUpdate();
            }
            transaction.commit();
        } catch (Exception e) {
            rollBack();
            // kept in memory: the next round writes it
            LOG.warning(() -> "could not note the last activity of " + written.size() + " session(s); the next round tries again: " + e);
            return;
        }
        // only what was written, and only what nothing newer was noted for meanwhile
        written.forEach(noted::remove);
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "the failed round's transaction could not be rolled back", e);
        }
    }
}
