package org.reconnect.shared.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One-time submission keys: a form that creates something carries a key made when it was opened
 * ({@link #newKey()}); the boundary that creates claims the key for the signed-in account in its
 * own transaction ({@link #claim}) and records what it made ({@link #made}). A second submission
 * with the same key (a retry after a commit whose answer never reached the page, a double tap)
 * gets the first result, and nothing is stored twice. A creation that rolls back takes its claim
 * with it, so the key is free again. A submission sent while the first is still being stored
 * waits for it (the key's row lock) and then finds it.
 */
@Dependent
public class Submissions {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    /** What a key was used for: a retry must create the same kind of thing. */
    public enum Kind { ENTRY, ADDENDUM, BOOKING, ANSWERS }

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Clock clock;

    /** A fresh key, for a form being opened. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The form's key, or a fresh one for a form that has none (kept in a session from before keys were made). */
    public static String orNew(String key) {
        return key == null ? newKey() : key;
    }

    /**
     * Claims {@code key} for the account: empty when it is new (create, then call {@link #made}),
     * or the id of what the first submission with this key made. A key that is malformed, was used
     * for another kind of thing, or whose first submission made nothing is refused
     * ({@code submission.retry}: reload the page and send it again).
     */
    public Optional<Long> claim(long accountId, String key, Kind kind) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new Refusal("submission.retry");
        }
        int claimed = em.createNativeQuery("""
                        INSERT IGNORE INTO submission (account_id, submission_key, kind, submitted_at) VALUES (?, ?, ?, ?)""")
                .setParameter(1, accountId)
                .setParameter(2, key)
                .setParameter(3, kind.name())
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT kind, result_id FROM submission WHERE account_id = ? AND submission_key = ?")
                .setParameter(1, accountId)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            throw new Refusal("submission.retry");
        }
        Object[] row = (Object[]) rows.get(0);
        if (!kind.name().equals(row[0]) || row[1] == null) {
            throw new Refusal("submission.retry");
        }
        return Optional.of(((Number) row[1]).longValue());
    }

    /** Records what the submission with {@code key} made (in the same transaction as {@link #claim}). */
    public void made(long accountId, String key, long resultId) {
        em.createNativeQuery("UPDATE submission SET result_id = ? WHERE account_id = ? AND submission_key = ?")
                .setParameter(1, resultId)
                .setParameter(2, accountId)
                .setParameter(3, key)
                .executeUpdate();
    }
}
