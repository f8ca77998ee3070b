package org.reconnect.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.control.Lockout;
import org.reconnect.security.entity.Role;
import org.reconnect.shared.boundary.Refusal;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Throttling of failed logins (the rule is {@link Lockout}), kept in {@code login_throttle}. The
 * login realm refuses a locked account exactly like a wrong password; this boundary counts the
 * failures the login error page reports, clears them on a successful login, and lets an admin
 * see and lift locks. Locks and unlocks are audited.
 */
@Stateless
@PermitAll
public class LoginThrottle {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    /** A locked account, for the admin. */
    public record Locked(long userId, String email, String name, Instant until) implements Serializable {

        public long getUserId() {
            return userId;
        }

        public String getEmail() {
            return email;
        }

        public String getName() {
            return name;
        }

        public Instant getUntil() {
            return until;
        }
    }

    /**
     * Counts a failed login for the login tried. An unknown login is not counted and not
     * answered differently: the caller learns nothing either way.
     */
    public void recordFailure(String login) {
        if (login == null || login.isBlank()) {
            return;
        }
        List<?> ids = em.createNativeQuery("SELECT id FROM user_account WHERE email = ?")
                .setParameter(1, login.strip().toLowerCase(Locale.ROOT))
                .getResultList();
        if (ids.isEmpty()) {
            return;
        }
        long userId = ((Number) ids.get(0)).longValue();
        em.createNativeQuery("INSERT IGNORE INTO login_throttle (user_id, recent_failures) VALUES (?, '')")
                .setParameter(1, userId)
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT recent_failures, locked_until FROM login_throttle WHERE user_id = ? FOR UPDATE")
                .setParameter(1, userId)
                .getSingleResult();
        Instant now = Instant.now(clock);
        Lockout.State before = new Lockout.State(Lockout.State.parse((String) row[0]), instant(row[1]));
        Lockout.State after = Lockout.afterFailure(before, now);
        em.createNativeQuery("UPDATE login_throttle SET recent_failures = ?, locked_until = ? WHERE user_id = ?")
                .setParameter(1, after.failuresText())
                .setParameter(2, timestamp(after.lockedUntil()))
                .setParameter(3, userId)
                .executeUpdate();
        if (after.lockedAt(now) && !before.lockedAt(now)) {
            audit.recordFor(login.strip().toLowerCase(Locale.ROOT), AuditAction.ACCOUNT_LOCKED, AuditOutcome.SUCCESS,
                    Lockout.MAX_FAILURES + " failed logins within " + Lockout.WINDOW.toMinutes() + " minutes; locked until "
                            + after.lockedUntil());
        }
    }

    /** Whether the account is locked now (for the two-step page, which ends a locked sign-in). */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
    public boolean isLocked(long userId) {
        return !em.createNativeQuery("SELECT 1 FROM login_throttle WHERE user_id = ? AND locked_until > ?")
                .setParameter(1, userId)
                .setParameter(2, Timestamp.from(Instant.now(clock)))
                .getResultList().isEmpty();
    }

    /** A successful login clears the count of failures. */
    public void recordSuccess(long userId) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE user_id = ? AND (locked_until IS NULL OR locked_until <= ?)")
                .setParameter(1, userId)
                .setParameter(2, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
    }

    /** The accounts locked now, by email. Two statements. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Locked> locked() {
        java.util.Map<Long, Instant> until = new java.util.HashMap<>();
        for (Object r : em.createNativeQuery("SELECT user_id, locked_until FROM login_throttle WHERE locked_until > ?")
                .setParameter(1, Timestamp.from(Instant.now(clock)))
                .getResultList()) {
            Object[] row = (Object[]) r;
            until.put(((Number) row[0]).longValue(), instant(row[1]));
        }
        if (until.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u.id, u.email, u.displayName from UserAccount u where u.id in :ids order by u.email",
                        Object[].class)
                .setParameter("ids", List.copyOf(until.keySet()))
                .getResultStream()
                .map(r -> new Locked((Long) r[0], (String) r[1], (String) r[2], until.get((Long) r[0])))
                .toList();
    }

    /** Lifts a lock. Audited as {@code ACCOUNT_UNLOCKED}. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void unlock(long userId) {
        int lifted = em.createNativeQuery("DELETE FROM login_throttle WHERE user_id = ?").setParameter(1, userId).executeUpdate();
        if (lifted == 0) {
            throw new Refusal("lockout.notLocked");
        }
        String email = (String) em.createNativeQuery("SELECT email FROM user_account WHERE id = ?").setParameter(1, userId)
                .getSingleResult();
        audit.record(AuditAction.ACCOUNT_UNLOCKED, AuditOutcome.SUCCESS, null, "ACCOUNT", userId, "unlocked " + email);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
