package org.reconnect.security.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.reconnect.shared.boundary.AfterCommit;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sessions of each login, so that deactivating an account, changing its roles or its
 * password, or locking it ends its sessions at once instead of at their idle time-out, and so that
 * a person can see where they are signed in and end a session they do not recognise. Filled at
 * login by the web layer, emptied when a session ends. One server: a cluster would need a shared
 * store.
 *
 * <p>Each session is known by a random handle of its own (never its session id, which would let
 * whoever reads it take the session over).
 */
@ApplicationScoped
public class SessionRegistry {

    /**
     * The session attribute with the time (epoch milliseconds) of the person's last request: the
     * page's own background requests (a poll) do not count, so it is what "last active" shows.
     */
    public static final String LAST_ACTIVITY = "org.reconnect.lastActivity";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Per login: per session, what the person is shown about it. */
    private final Map<String, Map<HttpSession, Entry>> sessions = new ConcurrentHashMap<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What is known of one session: its handle, the device and address it signed in from. */
    private record Entry(String handle, String device, String address, Instant signedIn) {
    }

    /**
     * A signed-in session as its owner sees it. {@code lastActive} is the session's own last
     * request; {@code current} marks the session that asks.
     */
    public record OpenSession(String handle, String device, String address, Instant signedIn, Instant lastActive,
                              boolean current) implements java.io.Serializable {
    }

    /**
     * Registers a signed-in session with the device (a short description of its browser) and the
     * address it signed in from; returns its handle.
     */
    public String register(String email, HttpSession session, String device, String address) {
        Entry entry = new Entry(newHandle(), device == null || device.isBlank() ? "Unknown device" : device, address,
                Instant.now());
        sessions.computeIfAbsent(key(email), k -> new ConcurrentHashMap<>()).put(session, entry);
        return entry.handle();
    }

    public void forget(HttpSession session) {
        sessions.values().forEach(map -> map.remove(session));
        sessions.values().removeIf(Map::isEmpty);
    }

    /** Ends every session of this login; returns how many there were. */
    public int endSessionsOf(String email) {
        return endSessionsBut(email, null);
    }

    /** Ends every session of this login but the one with this handle (none when null); how many. */
    public int endSessionsBut(String email, String keepHandle) {
        Map<HttpSession, Entry> open = sessions.get(key(email));
        if (open == null) {
            return 0;
        }
        int ended = 0;
        for (Map.Entry<HttpSession, Entry> session : List.copyOf(open.entrySet())) {
            if (keepHandle != null && keepHandle.equals(session.getValue().handle())) {
                continue;
            }
            open.remove(session.getKey());
            if (invalidate(session.getKey())) {
                ended++;
            }
        }
        sessions.values().removeIf(Map::isEmpty);
        return ended;
    }

    /** Ends the one session of this login with this handle; false when there is none. */
    public boolean endSession(String email, String handle) {
        Map<HttpSession, Entry> open = sessions.get(key(email));
        if (open == null || handle == null) {
            return false;
        }
        Optional<HttpSession> session = open.entrySet().stream().filter(e -> handle.equals(e.getValue().handle()))
                .map(Map.Entry::getKey).findFirst();
        session.ifPresent(s -> {
            open.remove(s);
            invalidate(s);
        });
        return session.isPresent();
    }

    /**
     * Ends the login's sessions once the caller's transaction has committed (at once outside a
     * transaction): a change that rolls back ends nobody's session, and no request can slip in
     * between the ending and the commit with the old roles or the old password.
     */
    public void endSessionsAfterCommit(String email) {
        endOtherSessionsAfterCommit(email, null);
    }

    /** As {@link #endSessionsAfterCommit(String)}, sparing the session with this handle (none when null). */
    public void endOtherSessionsAfterCommit(String email, String keepHandle) {
        AfterCommit.run(transactions, () -> endSessionsBut(email, keepHandle));
    }

    public int openSessionsOf(String email) {
        Map<HttpSession, Entry> open = sessions.get(key(email));
        return open == null ? 0 : open.size();
    }

    /** The login's open sessions, the one with {@code currentHandle} first, then the latest active. */
    public List<OpenSession> sessionsOf(String email, String currentHandle) {
        Map<HttpSession, Entry> open = sessions.get(key(email));
        if (open == null) {
            return List.of();
        }
        List<OpenSession> list = new ArrayList<>();
        for (Map.Entry<HttpSession, Entry> session : open.entrySet()) {
            try {
                Entry e = session.getValue();
                long lastActive = session.getKey().getAttribute(LAST_ACTIVITY) instanceof Long last ? last
                        : session.getKey().getLastAccessedTime();
                list.add(new OpenSession(e.handle(), e.device(), e.address(), e.signedIn(),
                        Instant.ofEpochMilli(lastActive), e.handle().equals(currentHandle)));
            } catch (IllegalStateException ended) {
                // ended meanwhile
            }
        }
        list.sort(Comparator.comparing(OpenSession::current).reversed()
                .thenComparing(Comparator.comparing(OpenSession::lastActive).reversed()));
        return list;
    }

    /** The idle limit, in seconds, of each open session of this login (what the time-out is set to). */
    public List<Integer> idleLimitsOf(String email) {
        Map<HttpSession, Entry> open = sessions.get(key(email));
        if (open == null) {
            return List.of();
        }
        List<Integer> limits = new ArrayList<>();
        for (HttpSession session : open.keySet()) {
            try {
                limits.add(session.getMaxInactiveInterval());
            } catch (IllegalStateException ended) {
                // ended meanwhile
            }
        }
        return limits;
    }

    private static boolean invalidate(HttpSession session) {
        try {
            session.invalidate();
            return true;
        } catch (IllegalStateException alreadyGone) {
            return false;   // ended on its own meanwhile
        }
    }

    private static String newHandle() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
