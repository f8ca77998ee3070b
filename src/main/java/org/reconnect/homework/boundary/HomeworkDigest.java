package org.reconnect.homework.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.control.CoupleCalendar;
import org.reconnect.homework.control.HomeworkAccess;
import org.reconnect.homework.control.Reminding;
import org.reconnect.homework.entity.AssignmentStatus;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.reminders.boundary.DigestSource;
import org.reconnect.shared.boundary.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Homework's part of the daily digest: each open assignment a partner has not yet done enough
 * of, for the day, the week or once (two statements for all the partners of a round).
 */
@Dependent
public class HomeworkDigest implements DigestSource {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Override
    public int position() {
        return 10;
    }

    @Override
    public Map<Long, List<String>> due(Map<Partner, LocalDate> coupleToday, Instant now) {
        Map<Long, List<String>> lines = new HashMap<>();
        List<HomeworkAssignment> assignments = em.createQuery("""
                        select a from HomeworkAssignment a
                        where a.couple in :couples and a.status = :open and a.personal = false""", HomeworkAssignment.class)
                .setParameter("couples", coupleToday.keySet().stream().map(Partner::getCouple).distinct().toList())
                .setParameter("open", AssignmentStatus.ACTIVE)
                .getResultList();
        if (assignments.isEmpty()) {
            return lines;
        }
        LocalDate from = CoupleCalendar.weekStart(now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(2));
        for (HomeworkAssignment a : assignments) {
            if (a.getCadence() == Cadence.ONCE && a.getStartsOn().isBefore(from)) {
                from = a.getStartsOn();
            }
        }
        Map<String, List<LocalDate>> days = new HashMap<>();
        em.createQuery("""
                        select e.assignment.id, e.author.id, e.loggedFor from HomeworkEntry e
                        where e.author in :partners and e.loggedFor >= :from""", Object[].class)
                .setParameter("partners", List.copyOf(coupleToday.keySet()))
                .setParameter("from", from)
                .getResultStream()
                .forEach(r -> days.computeIfAbsent(r[0] + "/" + r[1], k -> new ArrayList<>()).add((LocalDate) r[2]));
        for (Map.Entry<Partner, LocalDate> partner : coupleToday.entrySet()) {
            Partner p = partner.getKey();
            LocalDate today = partner.getValue();
            for (HomeworkAssignment a : assignments) {
                if (!a.getCouple().getId().equals(p.getCouple().getId()) || !a.isFor(p) || !a.isOpenOn(today)
                        || !HomeworkAccess.jointWorkAllows(a)) {
                    continue;
                }
                Reminding.Due still = Reminding.due(a.getCadence(), a.getTarget(), a.getStartsOn(), a.getEndsOn(),
                        days.getOrDefault(a.getId() + "/" + p.getId(), List.of()), today);
                if (still != null) {
                    lines.computeIfAbsent(p.getId(), k -> new ArrayList<>())
                            .add(Texts.get("reminder.line." + still.period(), a.getTitle(), still.done(), still.expected()));
                }
            }
        }
        return lines;
    }
}
