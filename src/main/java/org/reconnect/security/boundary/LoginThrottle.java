package org.reconnect.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.control.AddressThrottle;
import org.reconnect.security.control.Lockout;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Throttling of failed logins. Per account (the rule is {@link Lockout}, kept in
 * {@code login_throttle}): the login realm refuses a locked account exactly like a wrong
 * password; this boundary counts the failures the container's login reports, and every wrong
 * answer to a re-authentication of a signed-in person (a password before signing a note, a code
 * on the two-step page), clears them on a successful login, and lets an admin see and lift locks.
 * Per client address (the rule is {@link AddressThrottle}, kept in {@code address_throttle}):
 * failed sign-ins from one address, whether or not the email exists, make it wait before its next
 * attempt. Locks, unlocks and the start of an address's wait are audited.
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

    @Inject
    SessionRegistry sessions;

    @Inject
    ThisSession thisSession;

    /** A locked account, for the admin. */
    public record Locked(long userId, String email, String name, Instant until) implements Serializable {
    }

    /**
     * Counts a failed login for the login tried; true when this failure locked the account. An
     * unknown login is not counted per account (its address is, see {@link #recordAddressFailure})
     * and not answered differently: the caller learns nothing either way. Called by the login
     * error page, which the container alone reaches, after a real failed credential check.
     */
    public boolean recordFailure(String login) {
        if (login == null || login.isBlank()) {
            return false;
        }
        List<?> ids = em.createNativeQuery("SELECT id FROM user_account WHERE email = ?")
                .setParameter(1, login.strip().toLowerCase(Locale.ROOT))
                .getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        return countFailure(((Number) ids.get(0)).longValue(), login.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A wrong answer to a re-authentication of the signed-in caller (the password asked before
     * signing a note or an addendum or changing the password, a code asked on the two-step page):
     * audited as {@code action} and counted toward the same lockout as a failed sign-in, in a
     * transaction of its own, so that both stay when the caller's change is refused and rolled
     * back. When this failure locks the account, every other session of the account ends once it
     * has committed, and the page that asked signs the asking session out: a locked account is
     * signed in nowhere. Call it before the caller's transaction has audited anything. True when
     * the account is locked now.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME, Role.CLIENT_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean reauthenticationFailed(AuditAction action, String targetType, Object targetId, String detail) {
        Caller caller = callers.required();
        audit.record(action, AuditOutcome.FAILURE, null, targetType, targetId, detail);
        boolean lockedNow = countFailure(caller.userId(), caller.email());
        if (lockedNow) {
            sessions.endSessionsBut(caller.email(), thisSession.getHandle());
        }
        return lockedNow || isLockedNow(caller.userId());
    }

    private boolean countFailure(long userId, String email) {
        Object[] row = lockedRow(ACCOUNTS, userId);
        Instant now = Instant.now(clock);
        Lockout.State before = new Lockout.State(Lockout.State.parse((String) row[0]), instant(row[1]));
        Lockout.State after = Lockout.afterFailure(before, now);
        write(ACCOUNTS, userId, after.failuresText(), after.lockedUntil());
        if (after.lockedAt(now) && !before.lockedAt(now)) {
            audit.recordFor(email, AuditAction.ACCOUNT_LOCKED, AuditOutcome.SUCCESS,
                    Lockout.MAX_FAILURES + " failed logins within " + Lockout.WINDOW.toMinutes() + " minutes; locked until "
                            + after.lockedUntil());
            return true;
        }
        return false;
    }

    /**
     * How many seconds the client address must still wait before it may try to sign in again;
     * zero when it may. Anyone may ask (the sign-in gate asks before the container checks a
     * password); reads one row, audits nothing.
     */
    public long addressWaitSeconds(String address) {
        List<?> rows = em.createNativeQuery("SELECT wait_until FROM address_throttle WHERE address = ?")
                .setParameter(1, AddressThrottle.key(address))
                .getResultList();
        Instant until = rows.isEmpty() ? null : instant(rows.get(0));
        java.time.Duration wait = new AddressThrottle.State(List.of(), until).waitAt(Instant.now(clock));
        return wait.isZero() ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /**
     * Counts a failed sign-in from a client address (any email, existing or not). The first time
     * an address has to wait, that is audited as {@code ADDRESS_THROTTLED}.
     */
    public void recordAddressFailure(String address) {
        String key = AddressThrottle.key(address);
        Object[] row = lockedRow(ADDRESSES, key);
        Instant now = Instant.now(clock);
        AddressThrottle.State before = new AddressThrottle.State(Lockout.State.parse((String) row[0]), instant(row[1]));
        AddressThrottle.State after = AddressThrottle.afterFailure(before, now);
        write(ADDRESSES, key, after.failuresText(), after.waitUntil());
        if (AddressThrottle.startsThrottling(after)) {
            audit.recordFor("(address " + key + ")", AuditAction.ADDRESS_THROTTLED, AuditOutcome.SUCCESS,
                    AddressThrottle.FREE_FAILURES + " failed sign-ins within " + AddressThrottle.WINDOW.toMinutes()
                            + " minutes from " + key + "; each further failure doubles the wait");
        }
    }

    /** Whether the account is locked now (for the two-step page, which ends a locked sign-in). */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
    public boolean isLocked(long userId) {
        return isLockedNow(userId);
    }

    /** Whether the signed-in caller's own account is locked now (re-authentication accepts nothing then). */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME, Role.CLIENT_NAME})
    public boolean callerLocked() {
        return isLockedNow(callers.required().userId());
    }

    private boolean isLockedNow(long userId) {
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

    /** A table of counted failures: per account or per address, each with the time its lock or wait ends. */
    private record Counts(String table, String key, String until) {
    }

    private static final Counts ACCOUNTS = new Counts("login_throttle", "user_id", "locked_until");
    private static final Counts ADDRESSES = new Counts("address_throttle", "address", "wait_until");

    /** The failures and the end of the lock (or wait) of one key, its row made if missing and locked until commit. */
    private Object[] lockedRow(Counts counts, Object key) {
        em.createNativeQuery("INSERT IGNORE INTO " + counts.table() + " (" + counts.key() + ", recent_failures) VALUES (?, '')")
                .setParameter(1, key)
                .executeUpdate();
        return (Object[]) em.createNativeQuery("SELECT recent_failures, " + counts.until() + " FROM " + counts.table()
                        + " WHERE " + counts.key() + " = ? FOR UPDATE")
                .setParameter(1, key)
                .getSingleResult();
    }

    private void write(Counts counts, Object key, String failures, Instant until) {
        em.createNativeQuery("UPDATE " + counts.table() + " SET recent_failures = ?, " + counts.until() + " = ? WHERE "
                        + counts.key() + " = ?")
                .setParameter(1, failures)
                .setParameter(2, timestamp(until))
                .setParameter(3, key)
                .executeUpdate();
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
