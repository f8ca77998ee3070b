package org.reconnect.homework.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.HomeworkFeedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The therapist's feedback on a page of entries, for the partner's and the therapist's lists. Part of the homework boundaries. */
@Dependent
class EntryFeedback {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    /** Feedback on a page of entries, in one statement; only what is shown to the couple when {@code shownOnly}. */
    Map<Long, List<EntryRow.Feedback>> load(List<HomeworkEntry> entries, boolean shownOnly) {
        Map<Long, List<EntryRow.Feedback>> byEntry = new HashMap<>();
        if (entries.isEmpty()) {
            return byEntry;
        }
        em.createQuery("select f from HomeworkFeedback f where f.entry.id in :ids"
                        + (shownOnly ? " and f.shownToCouple = true" : "") + " order by f.createdAt, f.id",
                        HomeworkFeedback.class)
                .setParameter("ids", entries.stream().map(HomeworkEntry::getId).toList())
                .getResultStream()
                .forEach(f -> byEntry.computeIfAbsent(f.getEntry().getId(), k -> new ArrayList<>())
                        .add(new EntryRow.Feedback(f.getText(), f.isShownToCouple(), f.getCreatedAt(), f.getCreatedBy())));
        return byEntry;
    }
}
