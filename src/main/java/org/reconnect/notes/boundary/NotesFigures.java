package org.reconnect.notes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.notes.entity.NoteStatus;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.security.entity.Role;

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

        public long getSigned() {
            return signed;
        }

        public long getOverdue() {
            return overdue;
        }
    }

    /** By therapist id (the therapist who held the session). */
    public Map<Long, Counts> byTherapist() {
        Map<Long, long[]> sums = new HashMap<>();
        Instant overdueBefore = Instant.now(clock).minus(SessionNotes.OVERDUE_AFTER);
        em.createQuery("""
                        select a.therapist.id, n.status, a.endsAt from Appointment a left join SessionNote n on n.appointment = a
                        where a.status = :attended""", Object[].class)
                .setParameter("attended", AppointmentStatus.ATTENDED)
                .getResultStream()
                .forEach(r -> {
                    long[] s = sums.computeIfAbsent((Long) r[0], k -> new long[2]);
                    if (r[1] == NoteStatus.SIGNED) {
                        s[0]++;
                    } else if (((Instant) r[2]).isBefore(overdueBefore)) {
                        s[1]++;
                    }
                });
        Map<Long, Counts> counts = new HashMap<>();
        sums.forEach((id, s) -> counts.put(id, new Counts(s[0], s[1])));
        return counts;
    }
}
