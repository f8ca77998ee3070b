package org.reconnect.notes.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.notes.entity.NoteStatus;
import org.reconnect.schedule.boundary.SessionRecords;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The notes capability's answer to the schedule's question: which sessions have a note, and in
 * what state. The caller has already scoped the appointments to what it may list.
 */
@Dependent
public class NoteRecords implements SessionRecords {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Override
    public Map<Long, Note> of(Collection<Long> appointmentIds) {
        Map<Long, Note> notes = new HashMap<>();
        if (appointmentIds.isEmpty()) {
            return notes;
        }
        em.createQuery("select n.appointment.id, n.id, n.status from SessionNote n where n.appointment.id in :ids",
                        Object[].class)
                .setParameter("ids", appointmentIds)
                .getResultStream()
                .forEach(r -> notes.put((Long) r[0], new Note((Long) r[1], ((NoteStatus) r[2]).name())));
        return notes;
    }
}
