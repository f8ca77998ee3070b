package org.reconnect.notes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.notes.entity.NoteStatus;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Session notes as numbers for the clinic's dashboard: per therapist, notes signed, and attended
 * sessions without a signed note more than 72 hours after they ended. Never note text. One
 * statement, whatever the number of sessions.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class NotesFigures {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Clock clock;

    public record Counts(long signed, long overdue) implements Serializable {
    }

    /** By therapist id (the therapist who held the session). */
    public Map<Long, Counts> byTherapist() {
        Instant overdueBefore = Instant.now(clock).minus(SessionNotes.OVERDUE_AFTER);
        Map<Long, Counts> counts = new HashMap<>();
        // counted by the database: one row per therapist, however long the clinic's history
        em.createQuery("""
                        select a.therapist.id,
                               sum(case when n.status = :signed then 1 else 0 end),
                               sum(case when (n.id is null or n.status <> :signed) and a.endsAt < :overdueBefore then 1 else 0 end)
                        from Appointment a left join SessionNote n on n.appointment = a
                        where a.status = :attended
                        group by a.therapist.id""", Object[].class)
                .setParameter("attended", AppointmentStatus.ATTENDED)
                .setParameter("signed", NoteStatus.SIGNED)
                .setParameter("overdueBefore", overdueBefore)
                .getResultStream()
                .forEach(r -> counts.put((Long) r[0], new Counts(((Number) r[1]).longValue(), ((Number) r[2]).longValue())));
        return counts;
    }
}
