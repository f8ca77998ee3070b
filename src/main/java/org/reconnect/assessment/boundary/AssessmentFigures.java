package org.reconnect.assessment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.assessment.entity.AdministrationStatus;
import org.reconnect.assessment.entity.PlanStatus;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assessments as numbers for lists. For the therapist's caseload: per couple, whether someone's
 * latest response is a reliable deterioration from their baseline, and how many questionnaires
 * are overdue (past due, unanswered, still open). For the clinic's admins: counts per therapist
 * (asked so far, completed, overdue), never scores or answers. Days are counted in UTC here.
 * A fixed number of statements, whatever the number of couples or responses.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
public class AssessmentFigures {

    private static final List<AdministrationStatus> OPEN = List.of(AdministrationStatus.DUE, AdministrationStatus.IN_PROGRESS);
    private static final List<CaseStatus> IN_CARE = List.of(CaseStatus.ACTIVE, CaseStatus.PAUSED);

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    /** A couple's flags on the caseload (for a therapist's whole caseload: how many couples deteriorated). */
    public record Flags(int deteriorated, int overdue) implements Serializable {

        public boolean isDeteriorated() {
            return deteriorated > 0;
        }

        public int getDeterioratedCount() {
            return deteriorated;
        }
    }

    /** Per therapist: questionnaires asked so far (open or answered), completed, and overdue. */
    public record Counts(long asked, long completed, long overdue) implements Serializable {
    }

    /**
     * Flags for those of {@code coupleIds} that are the calling therapist's own; others are left
     * out. Not audited: flags and counts, no scores or answers.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Map<Long, Flags> forCouples(Collection<Long> coupleIds) {
        Caller caller = callers.current().orElse(null);
        if (caller == null || coupleIds.isEmpty()) {
            return Map.of();
        }
        return flags("c.id in :ids and c.therapist.account.id = :me",
                ScoredResponses.parameters("ids", List.copyOf(coupleIds), "me", caller.userId()));
    }

    /**
     * Over the calling therapist's open couples (every couple their caseload lists, in intake as
     * much as in care): how many deteriorated, how many questionnaires are overdue. The header
     * counts exactly the rows that carry the flag.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Flags caseloadSummary() {
        Caller caller = callers.current().orElse(null);
        if (caller == null) {
            return new Flags(0, 0);
        }
        Map<Long, Flags> all = flags("c.status <> :discharged and c.therapist.account.id = :me",
                ScoredResponses.parameters("discharged", CaseStatus.DISCHARGED, "me", caller.userId()));
        return new Flags((int) all.values().stream().filter(Flags::isDeteriorated).count(),
                all.values().stream().mapToInt(Flags::overdue).sum());
    }

    /**
     * Counts per therapist (by therapist id), over every couple they treat: questionnaires opened,
     * answered, overdue. Admins only. One statement, counted by the database (one row per
     * therapist, however long the clinic's history).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Map<Long, Counts> byTherapist() {
        LocalDate today = today();
        Map<Long, Counts> counts = new HashMap<>();
        em.createQuery("""
                        select c.therapist.id, count(a),
                               sum(case when a.status in :answered then 1 else 0 end),
                               sum(case when a.status in :open and pl.status = :active and a.dueOn < :today
                                             and (a.closesOn is null or a.closesOn >= :today) then 1 else 0 end)
                        from AssessmentAdministration a join a.couple c join a.plan pl
                        where c.therapist is not null and a.status <> :cancelled and a.opensOn <= :today
                        group by c.therapist.id""", Object[].class)
                .setParameter("answered", List.of(AdministrationStatus.SUBMITTED, AdministrationStatus.ENTERED_IN_ERROR))
                .setParameter("open", OPEN)
                .setParameter("active", PlanStatus.ACTIVE)
                .setParameter("cancelled", AdministrationStatus.CANCELLED)
                .setParameter("today", today)
                .getResultStream()
                .forEach(r -> counts.put((Long) r[0], new Counts(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue())));
        return counts;
    }

    private Map<Long, Flags> flags(String scope, Map<String, Object> parameters) {
        LocalDate today = today();
        Map<Long, Integer> overdue = new HashMap<>();
        var query = em.createQuery("""
                        select c.id, a.status, a.dueOn, a.closesOn, pl.status
                        from AssessmentAdministration a join a.couple c join a.plan pl
                        where a.status in :open and a.dueOn < :today and""" + " " + scope, Object[].class)
                .setParameter("open", OPEN)
                .setParameter("today", today);
        parameters.forEach(query::setParameter);
        query.getResultStream()
                .filter(r -> overdue((AdministrationStatus) r[1], (LocalDate) r[2], (LocalDate) r[3], (PlanStatus) r[4], today))
                .forEach(r -> overdue.merge((Long) r[0], 1, Integer::sum));
        // worked out when the responses changed (DeteriorationFlags), not scored again on every view;
        // every couple in scope gets its flags, the caller's couples being exactly those
        var couples = em.createQuery("""
                        select c.id, f.deteriorated from Couple c left join DeteriorationFlag f on f.coupleId = c.id
                        where""" + " " + scope, Object[].class);
        parameters.forEach(couples::setParameter);
        Map<Long, Flags> flags = new HashMap<>();
        couples.getResultStream().forEach(r -> flags.put((Long) r[0],
                new Flags(Boolean.TRUE.equals(r[1]) ? 1 : 0, overdue.getOrDefault((Long) r[0], 0))));
        return flags;
    }

    private static boolean overdue(AdministrationStatus status, LocalDate due, LocalDate closes, PlanStatus plan, LocalDate today) {
        return status.isOpen() && plan == PlanStatus.ACTIVE && today.isAfter(due) && (closes == null || !today.isAfter(closes));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
