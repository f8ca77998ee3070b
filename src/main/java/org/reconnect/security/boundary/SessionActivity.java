package org.reconnect.security.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)   // noting in memory needs no transaction
public class SessionActivity {

    private static final Logger LOG = Logger.getLogger(SessionActivity.class.getName());

    private final Map<String, Long> noted = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

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
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void write() {
        if (noted.isEmpty()) {
            return;
        }
        // in the order of the key, as every other update of several rows takes its locks
        Map<String, Long> written = new java.util.TreeMap<>(noted);
        try {
            for (Map.Entry<String, Long> entry : written.entrySet()) {
                em.createQuery("update SignedInSession s set s.lastActiveAt = :at where s.handle = :handle and s.lastActiveAt < :at")
                        .setParameter("at", Instant.ofEpochMilli(entry.getValue()))
                        .setParameter("handle", entry.getKey())
                        .executeUpdate();
            }
            // only what was written, and only if nothing newer was noted meanwhile
            written.forEach(noted::remove);
        } catch (RuntimeException e) {
            // kept in memory: the next round writes it
            LOG.log(Level.WARNING, "could not note the sessions' last activity", e);
        }
    }
}
