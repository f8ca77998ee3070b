package org.reconnect.notes.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.messaging.boundary.MessageReviews;
import org.reconnect.notes.entity.NoteStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The notes capability's answer to messaging's question: which note reviewed a message ("reviewed
 * in session"). A signed note wins over a draft; the caller has already scoped the messages to a
 * thread its caller may read as the treating therapist.
 */
@Dependent
public class NoteMessageReviews implements MessageReviews {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Override
    public Map<Long, Review> of(Collection<Long> messageIds) {
        Map<Long, Review> reviews = new HashMap<>();
        if (messageIds.isEmpty()) {
            return reviews;
        }
        em.createQuery("""
                        select m, n.id, n.appointment.startsAt, n.status from SessionNote n join n.reviewedMessages m
                        where m in :ids order by n.id""", Object[].class)
                .setParameter("ids", messageIds)
                .getResultStream()
                .forEach(r -> reviews.merge((Long) r[0], new Review((Long) r[1], (Instant) r[2], r[3] == NoteStatus.SIGNED),
                        (earlier, later) -> earlier.signed() || !later.signed() ? earlier : later));
        return reviews;
    }
}
