package org.reconnect.overview.boundary;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Screening;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Is the clinic's caseload healthy? Figures per therapist and for the clinic, for admins:
 * counts only, never a couple's clinical text. Each figure is a grouped query, so the dashboard
 * costs the same few statements for 10 couples or 5,000.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class CaseloadReports {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * One line per therapist who is enabled or still has open couples. Admins only. Two
     * statements. Audited as {@code VIEW_REPORT}.
     */
    public List<TherapistCaseload> perTherapist() {
        List<TherapistCaseload> rows = em.createQuery("""
                        select new org.reconnect.overview.boundary.TherapistCaseload(t.id, a.displayName, a.enabled,
                               t.maxCaseload, t.acceptingNew,
                               coalesce(sum(case when c.status = :referred then 1L else 0L end), 0L),
                               coalesce(sum(case when c.status = :intake then 1L else 0L end), 0L),
                               coalesce(sum(case when c.status = :active then 1L else 0L end), 0L),
                               coalesce(sum(case when c.status = :paused then 1L else 0L end), 0L),
                               0L)
                        from Therapist t join t.account a
                        left join Couple c on c.therapist = t and c.status <> :discharged
                        where (a.enabled = true and :therapistRole member of a.roles)
                           or exists (select o.id from Couple o where o.therapist = t and o.status <> :discharged)
                        group by t.id, a.id, a.displayName, a.enabled, t.maxCaseload, t.acceptingNew
                        order by a.displayName, t.id""", TherapistCaseload.class)
                .setParameter("referred", CaseStatus.REFERRED)
                .setParameter("intake", CaseStatus.INTAKE)
                .setParameter("active", CaseStatus.ACTIVE)
                .setParameter("paused", CaseStatus.PAUSED)
                .setParameter("discharged", CaseStatus.DISCHARGED)
                .setParameter("therapistRole", Role.THERAPIST)
                .getResultList();
        Map<Long, Long> flagged = em.createQuery("""
                        select c.therapist.id, count(distinct c.id) from Couple c join c.partners p
                        where c.therapist is not null and c.status <> :discharged and p.screening <> :cleared
                        group by c.therapist.id""", Object[].class)
                .setParameter("discharged", CaseStatus.DISCHARGED)
                .setParameter("cleared", Screening.CLEARED)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        audit.record(AuditAction.VIEW_REPORT, AuditOutcome.SUCCESS, null, "REPORT", "caseloads", null);
        return rows.stream().map(r -> r.withFlagged(flagged.getOrDefault(r.therapistId(), 0L))).toList();
    }

    /**
     * The clinic's totals by status, and its waitlist (open couples without a therapist, or
     * whose therapist has left). Admins only. One statement. Not audited.
     */
    public ClinicTotals totals() {
        Object[] row = em.createQuery("""
                        select sum(case when c.status = :referred then 1 else 0 end),
                               sum(case when c.status = :intake then 1 else 0 end),
                               sum(case when c.status = :active then 1 else 0 end),
                               sum(case when c.status = :paused then 1 else 0 end),
                               sum(case when c.status = :discharged then 1 else 0 end),
                               sum(case when c.status <> :discharged and (t.id is null or ta.enabled = false) then 1 else 0 end),
                               min(case when c.status <> :discharged and (t.id is null or ta.enabled = false) then c.openedOn end)
                        from Couple c left join c.therapist t left join t.account ta""", Object[].class)
                .setParameter("referred", CaseStatus.REFERRED)
                .setParameter("intake", CaseStatus.INTAKE)
                .setParameter("active", CaseStatus.ACTIVE)
                .setParameter("paused", CaseStatus.PAUSED)
                .setParameter("discharged", CaseStatus.DISCHARGED)
                .getSingleResult();
        LocalDate oldest = (LocalDate) row[6];
        return new ClinicTotals(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]),
                oldest == null ? 0 : ChronoUnit.DAYS.between(oldest, LocalDate.now(clock)));
    }

    /**
     * Active couples per program step: index 0 counts those not started, 1 to 9 the steps.
     * Admins only. One statement. Not audited: numbers, no couple.
     */
    public List<Long> perStep() {
        Long[] counts = new Long[10];
        java.util.Arrays.fill(counts, 0L);
        em.createQuery("select c.currentStep, count(c) from Couple c where c.status = :active group by c.currentStep",
                        Object[].class)
                .setParameter("active", CaseStatus.ACTIVE)
                .getResultStream()
                .forEach(r -> counts[r[0] == null ? 0 : (Integer) r[0]] = (Long) r[1]);
        return List.of(counts);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
