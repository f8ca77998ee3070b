package org.reconnect.assessment.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.assessment.entity.AdministrationStatus;
import org.reconnect.assessment.entity.PlanStatus;
import org.reconnect.couple.entity.Partner;
import org.reconnect.reminders.boundary.DigestSource;
import org.reconnect.shared.boundary.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Questionnaires' part of the daily digest: each questionnaire a partner may answer today, named
 * with its due date, overdue ones said so (one statement for all the partners of a round).
 */
@Dependent
public class QuestionnaireDigest implements DigestSource {

    private static final List<AdministrationStatus> UNANSWERED =
            List.of(AdministrationStatus.DUE, AdministrationStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Override
    public int position() {
        return 20;
    }

    @Override
    public Map<Long, List<String>> due(Map<Partner, LocalDate> coupleToday, Instant now) {
        Map<Long, LocalDate> todayOf = new HashMap<>();
        coupleToday.forEach((p, day) -> todayOf.put(p.getId(), day));
        Map<Long, List<String>> lines = new HashMap<>();
        em.createQuery("""
                        select q.partner.id, i.title, q.dueOn, q.opensOn, q.closesOn from AssessmentAdministration q
                        join q.instrument i
                        where q.partner in :partners and q.status in :unanswered and q.plan.status = :planActive
                        order by q.dueOn""", Object[].class)
                .setParameter("partners", List.copyOf(coupleToday.keySet()))
                .setParameter("unanswered", UNANSWERED)
                .setParameter("planActive", PlanStatus.ACTIVE)
                .getResultStream()
                .forEach(q -> {
                    LocalDate today = todayOf.get((Long) q[0]);
                    LocalDate dueOn = (LocalDate) q[2];
                    LocalDate closes = (LocalDate) q[4];
                    if (today != null && !today.isBefore((LocalDate) q[3]) && (closes == null || !today.isAfter(closes))) {
                        lines.computeIfAbsent((Long) q[0], k -> new ArrayList<>()).add(Texts.get(
                                today.isAfter(dueOn) ? "reminder.line.questionnaireOverdue" : "reminder.line.questionnaire",
                                q[1], dueOn));
                    }
                });
        return lines;
    }
}
