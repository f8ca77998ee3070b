package org.reconnect.shared.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.reconnect.shared.entity.Sha256;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
 * waits for it (the key's row lock) and then finds it. A submission sent again with other content
 * than the first (an edit made after an answer that never arrived) is refused
 * ({@code submission.changed}) rather than answered as if the edit had been saved; only a SHA-256
 * of the content is kept. Keys older than {@link #KEPT} are purged ({@link #purge}): no form
 * lives that long (a session ends after hours), so none can be sent again with one.
 */
@Dependent
public class Submissions {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    /** How long a claimed key is kept: far beyond any session in which its form could be sent again. */
    public static final Duration KEPT = Duration.ofDays(7);

    /** What a key was used for: a retry must create the same kind of thing. */
    public enum Kind { ENTRY, ADDENDUM, BOOKING, HOMEWORK, ASSESSMENT_PLAN, INTAKE, ANSWERS }

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
     * ({@code submission.retry}: reload the page and send it again); the same key with other
     * {@code content} than its first submission is refused as {@code submission.changed}.
     *
     * @param content what the form says, as {@link #content} joins it
     */
    public Optional<Long> claim(long accountId, String key, Kind kind, String content) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new Refusal("submission.retry");
        }
        String digest = Sha256.hex(content);
        int claimed = em.createNativeQuery("""
                        INSERT IGNORE INTO submission (account_id, submission_key, kind, content_sha256, submitted_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .setParameter(1, accountId)
                .setParameter(2, key)
                .setParameter(3, kind.name())
                .setParameter(4, digest)
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT kind, result_id, content_sha256 FROM submission"
                        + " WHERE account_id = ? AND submission_key = ?")
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
        if (row[2] != null && !row[2].equals(digest)) {
            throw new Refusal("submission.changed");
        }
        return Optional.of(((Number) row[1]).longValue());
    }

    /**
     * A form's content for {@link #claim}: its values in a fixed order, each written out
     * ({@code null} apart from an empty text), so that two forms say the same exactly when they
     * give the same list.
     */
    public static String content(Object... values) {
        StringBuilder joined = new StringBuilder();
        for (Object value : values) {
            // a length before each value: no value can fake the boundary between two others
            String text = value == null ? "-" : "+" + value;
            joined.append(text.length()).append(':').append(text);
        }
        return joined.toString();
    }

    /** Records what the submission with {@code key} made (in the same transaction as {@link #claim}). */
    public void made(long accountId, String key, long resultId) {
        em.createNativeQuery("UPDATE submission SET result_id = ? WHERE account_id = ? AND submission_key = ?")
                .setParameter(1, resultId)
                .setParameter(2, accountId)
                .setParameter(3, key)
                .executeUpdate();
    }

    /** Deletes the keys claimed before {@link #KEPT}, in a transaction of its own; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge() {
        return em.createNativeQuery("DELETE FROM submission WHERE submitted_at < ?")
                .setParameter(1, Timestamp.from(clock.instant().minus(KEPT)))
                .executeUpdate();
    }
}
