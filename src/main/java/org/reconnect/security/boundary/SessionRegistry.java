package org.reconnect.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.security.entity.SignedInSession;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The open sessions of each login, so that deactivating an account, changing its roles or its
 * password, or locking it ends its sessions at once instead of at their idle time-out, and so that
 * a person can see where they are signed in and end a session they do not recognise.
 *
 * <p>Kept in the database ({@code signed_in_session}), so that every server of a cluster sees the
 * same sessions: ending a session is a row marked as ended, in the caller's transaction (a change
 * that rolls back ends nobody's session; one that commits ends them together with it). The web
 * layer refuses a request whose session has no open row (marked ended, or gone), on whichever
 * server it arrives, in the same statement that reads the account ({@link Callers#stillSignedIn(String)}).
 * Rows are deleted a day after they ended or went idle, when no session can still use them.
 *
 * <p>Each session is known by a random handle of its own (never its session id, which would let
 * whoever reads it take the session over).
 */
@Stateless
public class SessionRegistry {

    /**
     * The session attribute with the time (epoch milliseconds) of the person's last request: the
     * page's own background requests (a poll) do not count, so it is what "last active" shows.
     */
    public static final String LAST_ACTIVITY = "org.reconnect.lastActivity";

    /** Rows of ended sessions, and of sessions idle for longer than any limit, are kept this long. */
    static final Duration KEPT = Duration.ofDays(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    SessionActivity activity;

    /**
     * A signed-in session as its owner sees it. {@code lastActive} is the session's own last
     * request; {@code current} marks the session that asks.
     */
    public record OpenSession(String handle, String device, String address, Instant signedIn, Instant lastActive,
                              boolean current) implements java.io.Serializable {
    }

    /**
     * Registers a signed-in session of this account with the device (a short description of its
     * browser), the address it signed in from and its idle limit; returns its handle. Rows no
     * session can need any more go at the same time.
     */
    public String register(long userId, String device, String address, int idleSeconds) {
        Instant now = Instant.now();
        em.createQuery("delete from SignedInSession s where s.endedAt < :before or s.lastActiveAt < :before")
                .setParameter("before", now.minus(KEPT))
                .executeUpdate();
        String handle = newHandle();
        em.persist(new SignedInSession(handle, userId, device == null || device.isBlank() ? "Unknown device" : device,
                address, now, idleSeconds));
        return handle;
    }

    /** The session with this handle has ended (signed out or timed out). */
    public void forget(String handle) {
        if (handle == null) {
            return;
        }
        activity.drop(handle);
        em.createQuery("update SignedInSession s set s.endedAt = :now where s.handle = :handle and s.endedAt is null")
                .setParameter("now", Instant.now())
                .setParameter("handle", handle)
                .executeUpdate();
    }

    /** Ends every session of this login; returns how many were open. */
    public int endSessionsOf(String email) {
        return endSessionsBut(email, null);
    }

    /** Ends every session of this login but the one with this handle (none when null); how many were open. */
    public int endSessionsBut(String email, String keepHandle) {
        Instant now = Instant.now();
        List<SignedInSession> open = open(email, now);
        int ended = 0;
        for (SignedInSession session : open) {
            if (!session.getHandle().equals(keepHandle)) {
                ended++;
            }
        }
        em.createQuery("""
                        update SignedInSession s set s.endedAt = :now
                        where s.endedAt is null and s.handle <> :keep
                          and s.userId = (select u.id from UserAccount u where u.email = :email)""")
                .setParameter("now", now)
                .setParameter("keep", keepHandle == null ? "" : keepHandle)
                .setParameter("email", key(email))
                .executeUpdate();
        return ended;
    }

    /** Ends the one session of this login with this handle; false when there is no such open session. */
    public boolean endSession(String email, String handle) {
        if (handle == null) {
            return false;
        }
        return em.createQuery("""
                        update SignedInSession s set s.endedAt = :now
                        where s.handle = :handle and s.endedAt is null
                          and s.userId = (select u.id from UserAccount u where u.email = :email)""")
                .setParameter("now", Instant.now())
                .setParameter("handle", handle)
                .setParameter("email", key(email))
                .executeUpdate() == 1;
    }

    public int openSessionsOf(String email) {
        return open(email, Instant.now()).size();
    }

    /** The login's open sessions, the one with {@code currentHandle} first, then the latest active. */
    public List<OpenSession> sessionsOf(String email, String currentHandle) {
        return open(email, Instant.now()).stream()
                .map(s -> new OpenSession(s.getHandle(), s.getDevice(), s.getAddress(), s.getSignedInAt(),
                        activity.lastActive(s.getHandle(), s.getLastActiveAt()), s.getHandle().equals(currentHandle)))
                .sorted(Comparator.comparing(OpenSession::current).reversed()
                        .thenComparing(Comparator.comparing(OpenSession::lastActive).reversed()))
                .toList();
    }

    /** The idle limit, in seconds, of each open session of this login (what the time-out is set to). */
    public List<Integer> idleLimitsOf(String email) {
        return open(email, Instant.now()).stream().map(SignedInSession::getIdleSeconds).toList();
    }

    /** The login's sessions that are not ended and not idle past their limit (as far as this server knows). */
    private List<SignedInSession> open(String email, Instant now) {
        return em.createQuery("""
                        select s from SignedInSession s
                        where s.endedAt is null and s.userId = (select u.id from UserAccount u where u.email = :email)""",
                        SignedInSession.class)
                .setParameter("email", key(email))
                .getResultStream()
                .filter(s -> !activity.lastActive(s.getHandle(), s.getLastActiveAt()).plusSeconds(s.getIdleSeconds()).isBefore(now))
                .toList();
    }

    private static String newHandle() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
