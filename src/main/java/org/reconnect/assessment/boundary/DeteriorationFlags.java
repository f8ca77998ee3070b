package org.reconnect.assessment.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.assessment.entity.AdministrationStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps {@code couple_assessment_flag} true to the responses: {@link #recompute} in the
 * transaction that submits a response or marks one entered in error, {@link #fillMissing} for
 * couples whose responses came in another way (the demo clinic, an older version). Part of the
 * assessment boundaries, used only by them; callers check access and audit.
 *
 * <p>Two changes to one couple at once (both partners submit in the same second) are ordered by
 * the flag row's lock: the second waits for the first to commit, then reads the responses again
 * (the data source reads committed data), so the later commit writes what both made true.
 */
@Dependent
public class DeteriorationFlags {

    /** Couples worked out per statement when filling in missing flags. */
    static final int BATCH = 200;

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    ScoredResponses scored;

    @Inject
    Clock clock;

    /** Works the couple's flag out again, after a change to its responses in this transaction. */
    public void recompute(long coupleId) {
        em.flush();
        Instant now = Instant.now(clock);
        // takes the row's lock (inserting it when missing) before the responses are read
        em.createNativeQuery("""
                        INSERT INTO couple_assessment_flag (couple_id, deteriorated, computed_at) VALUES (?1, FALSE, ?2)
                        ON DUPLICATE KEY UPDATE couple_id = couple_id""")
                .setParameter(1, coupleId)
                .setParameter(2, now)
                .executeUpdate();
        boolean deteriorated = ScoredResponses.deteriorated(
                scored.seriesEnds("c.id = :flagCouple", ScoredResponses.parameters("flagCouple", coupleId)));
        em.createNativeQuery("UPDATE couple_assessment_flag SET deteriorated = ?1, computed_at = ?2 WHERE couple_id = ?3")
                .setParameter(1, deteriorated)
                .setParameter(2, now)
                .setParameter(3, coupleId)
                .executeUpdate();
    }

    /**
     * Works out up to {@link #BATCH} couples that have a valid response but no flag; returns how
     * many. Never overwrites a flag: one written meanwhile by {@link #recompute} is newer.
     */
    public int fillMissing() {
        @SuppressWarnings("unchecked")
        List<Number> missing = em.createNativeQuery("""
                        SELECT DISTINCT a.couple_id FROM assessment_administration a
                        WHERE a.status = ?1
                          AND NOT EXISTS (SELECT 1 FROM couple_assessment_flag f WHERE f.couple_id = a.couple_id)
                        ORDER BY a.couple_id LIMIT ?2""")
                .setParameter(1, AdministrationStatus.SUBMITTED.name())
                .setParameter(2, BATCH)
                .getResultList();
        if (missing.isEmpty()) {
            return 0;
        }
        List<Long> ids = missing.stream().map(Number::longValue).toList();
        Map<Long, List<ScoredResponses.Response>> byCouple = new HashMap<>();
        scored.seriesEnds("c.id in :flagCouples", ScoredResponses.parameters("flagCouples", ids))
                .forEach(r -> byCouple.computeIfAbsent(r.coupleId(), k -> new ArrayList<>()).add(r));
        Set<Long> deteriorated = new HashSet<>();
        byCouple.forEach((id, responses) -> {
            if (ScoredResponses.deteriorated(responses)) {
                deteriorated.add(id);
            }
        });
        Instant now = Instant.now(clock);
        StringBuilder values = new StringBuilder();
        for (Long id : ids) {
            values.append(values.isEmpty() ? "" : ",").append('(').append(id.longValue()).append(',')
                    .append(deteriorated.contains(id) ? "TRUE" : "FALSE").append(",?1)");
        }
        // ids are numbers read from the database, never input
        em.createNativeQuery("INSERT IGNORE INTO couple_assessment_flag (couple_id, deteriorated, computed_at) VALUES " + values)
                .setParameter(1, now)
                .executeUpdate();
        return ids.size();
    }
}
