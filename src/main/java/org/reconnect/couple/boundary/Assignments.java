package org.reconnect.couple.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.clinic.entity.Capacity;
import org.reconnect.clinic.entity.Therapist;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.TherapistAssignment;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.entity.Role;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Matching couples to therapists, for admins. Every (re)assignment is kept: who, from whom, to
 * whom, when and why. Access follows the couple's current therapist, so the old therapist loses
 * it and the new one gains it the moment this commits. Going past a therapist's capacity, or
 * assigning to one who takes no new couples, needs an explicit confirmation, which is audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Assignments {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    CoupleCaseloads caseloads;

    @Inject
    jakarta.enterprise.event.Event<TreatmentChanged> treatmentChanged;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    /** Every enabled therapist with their open caseload, in one query. Admins only. Not audited. */
    public List<TherapistLoad> loads() {
        return em.createQuery("""
                        select new org.reconnect.couple.boundary.TherapistLoad(t.id, a.displayName, t.credentials,
                               count(c), t.maxCaseload, t.acceptingNew)
                        from Therapist t join t.account a
                        left join Couple c on c.therapist = t and c.status <> :discharged
                        where a.enabled = true and :therapistRole member of a.roles
                        group by t.id, a.displayName, t.credentials, t.maxCaseload, t.acceptingNew
                        order by a.displayName""", TherapistLoad.class)
                .setParameter("discharged", CaseStatus.DISCHARGED)
                .setParameter("therapistRole", Role.THERAPIST)
                .getResultList();
    }

    /**
     * Assigns (or reassigns) a couple. Admins only. Refused for a discharged case, an unknown or
     * disabled therapist, the therapist it already has, a missing reason, a case changed since
     * the page was opened ({@code expectedVersion}, when given), and, without
     * {@code confirmed}, a therapist at capacity or not taking new couples. Audited as
     * {@code THERAPIST_ASSIGNED}.
     */
    public void assign(long coupleId, Long expectedVersion, long therapistId, String reason, boolean confirmed) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw Refusal.onField("reason", "assign.reasonRequired");
        }
        // locked: two admins reassigning at once are served one after the other
        Couple couple = em.find(Couple.class, coupleId, LockModeType.PESSIMISTIC_WRITE);
        if (couple == null) {
            throw new Refusal("case.notFound");
        }
        if (expectedVersion != null && expectedVersion != couple.getVersion()) {
            throw new Refusal("edit.conflict");
        }
        if (couple.isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        // the lock keeps two admins from both filling the last place
        Therapist therapist = em.find(Therapist.class, therapistId, LockModeType.PESSIMISTIC_WRITE);
        if (therapist == null || !therapist.getAccount().isEnabled() || !therapist.getAccount().hasRole(Role.THERAPIST)) {
            throw new Refusal("assign.therapistUnavailable");
        }
        Therapist previous = couple.getTherapist();
        if (previous != null && previous.getId().equals(therapist.getId())) {
            throw new Refusal("assign.same");
        }
        long open = caseloads.openCouplesOf(therapist);
        boolean overCapacity = Capacity.needsConfirmation(open, therapist.getMaxCaseload(), therapist.isAcceptingNew());
        if (overCapacity && !confirmed) {
            throw new Refusal("assign.needsConfirmation", therapist.getAccount().getDisplayName(), open,
                    therapist.getMaxCaseload());
        }
        Instant now = Instant.now(clock);
        couple.assignTo(therapist);
        em.persist(new TherapistAssignment(couple, previous, therapist, reason, overCapacity, now, caller.getName()));
        if (previous != null) {
            treatmentChanged.fire(new TreatmentChanged(couple.getId(), TreatmentChanged.Why.REASSIGNED));
        }
        audit.record(AuditAction.THERAPIST_ASSIGNED, AuditOutcome.SUCCESS, couple.getId(), Cases.COUPLE, couple.getId(),
                (previous == null ? "assigned to " : "reassigned from therapist " + previous.getId() + " to ")
                        + "therapist " + therapist.getId() + (overCapacity ? ", over capacity, confirmed" : ""));
    }

    /** A couple's assignment history, newest first. Admins only. Audited as a view of the couple. */
    public List<AssignmentRow> history(long coupleId) {
        if (em.find(Couple.class, coupleId) == null) {
            return List.of();
        }
        List<AssignmentRow> rows = em.createQuery("""
                        select a from TherapistAssignment a
                        left join fetch a.fromTherapist
                        left join fetch a.toTherapist
                        where a.couple.id = :couple order by a.assignedAt desc, a.id desc""", TherapistAssignment.class)
                .setParameter("couple", coupleId)
                .getResultStream()
                .map(AssignmentRow::of)
                .toList();
        audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.SUCCESS, coupleId, Cases.COUPLE, coupleId, "assignment history");
        return rows;
    }
}
