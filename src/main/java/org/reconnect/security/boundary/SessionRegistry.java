package org.reconnect.security.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sessions of each login, so that deactivating an account (or changing its roles)
 * ends its sessions at once instead of at their idle time-out. Filled at login by the web
 * layer, emptied when a session ends. One server: a cluster would need a shared store.
 */
@ApplicationScoped
public class SessionRegistry {

    private final Map<String, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void register(String email, HttpSession session) {
        sessions.computeIfAbsent(key(email), k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void forget(HttpSession session) {
        sessions.values().forEach(set -> set.remove(session));
        sessions.values().removeIf(Set::isEmpty);
    }

    /** Ends every session of this login; returns how many there were. */
    public int endSessionsOf(String email) {
        Set<HttpSession> open = sessions.remove(key(email));
        if (open == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : open) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyGone) {
                // ended on its own meanwhile
            }
        }
        return ended;
    }

    /**
     * Ends the login's sessions once the caller's transaction has committed (at once outside a
     * transaction): a change that rolls back ends nobody's session, and no request can slip in
     * between the ending and the commit with the old roles or the old password.
     */
    public void endSessionsAfterCommit(String email) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            endSessionsOf(email);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    endSessionsOf(email);
                }
            }
        });
    }

    public int openSessionsOf(String email) {
        Set<HttpSession> open = sessions.get(key(email));
        return open == null ? 0 : open.size();
    }

    /** The idle limit, in seconds, of each open session of this login (what the time-out is set to). */
    public java.util.List<Integer> idleLimitsOf(String email) {
        Set<HttpSession> open = sessions.get(key(email));
        if (open == null) {
            return java.util.List.of();
        }
        java.util.List<Integer> limits = new java.util.ArrayList<>();
        for (HttpSession session : open) {
            try {
                limits.add(session.getMaxInactiveInterval());
            } catch (IllegalStateException ended) {
                // ended meanwhile
            }
        }
        return limits;
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
