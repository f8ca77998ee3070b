package org.reconnect.couple.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.JointWork;
import org.reconnect.couple.entity.Partner;
import org.reconnect.couple.entity.Screening;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Each partner's safety screening for relationship violence, recorded by the couple's
 * therapist, and the therapist's documented decision to proceed with joint work while a
 * screening is not cleared. The notes are for therapists only and never enter the audit trail.
 * Later capabilities (joint sessions, joint homework) ask {@link #jointWork} before they start.
 */
@Stateless
public class SafetyScreenings {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    CaseGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<JointWorkBlocked> jointWorkBlocked;

    /**
     * Records one partner's screening. The couple's assigned therapist only. A new result makes
     * an earlier decision to proceed stale, so it is cleared. Refused for a discharged case, a
     * date in the future, and "not screened" (recording nothing makes no record). When the
     * screening leaves joint work blocked, every joint session booked ahead is cancelled in the
     * same transaction (individual sessions stay); their starts are returned so the page can say
     * what was cancelled. Audited as {@code SCREENING_RECORDED} (result only, never the note),
     * the cancellations as {@code APPOINTMENT_CHANGED}.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<Instant> record(long partnerId, Screening result, LocalDate on, String note) {
        Caller caller = callers.required();
        Long coupleId = em.createQuery("select p.couple.id from Partner p where p.id = :id", Long.class)
                .setParameter("id", partnerId)
                .getResultStream().findFirst().orElse(-1L);
        Couple couple = guard.forClinicalChange(coupleId, caller, AuditAction.SCREENING_RECORDED);
        if (result == null || result == Screening.NOT_SCREENED || on == null) {
            throw Refusal.onField("screening", "screening.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw Refusal.onField("screenedOn", "screening.future");
        }
        if (note != null && note.length() > 1000) {
            throw Refusal.onField("screeningNote", "screening.noteTooLong");
        }
        Partner partner = couple.getPartners().stream().filter(p -> p.getId() == partnerId).findFirst()
                .orElseThrow(() -> new Refusal("case.notFound"));
        partner.recordScreening(result, on, caller.displayName(), note);
        couple.forgetJointDecision();
        List<Instant> cancelled = List.of();
        if (!couple.jointWork().isAllowed()) {
            JointWorkBlocked blocked = new JointWorkBlocked(couple.getId());
            jointWorkBlocked.fire(blocked);
            cancelled = blocked.cancelledSessions();
        }
        audit.record(AuditAction.SCREENING_RECORDED, AuditOutcome.SUCCESS, couple.getId(), "PARTNER", partnerId,
                "result " + result);
        return cancelled;
    }

    /**
     * Records the therapist's documented decision to proceed with joint work although a
     * screening is not cleared. The couple's assigned therapist only; refused when no screening
     * blocks joint work, or without a decision text. Audited as {@code JOINT_WORK_DECISION}
     * (that it was made, not its text).
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void decideToProceed(long coupleId, Long expectedVersion, String decision) {
        Caller caller = callers.required();
        Couple couple = guard.forChange(coupleId, caller, AuditAction.JOINT_WORK_DECISION, CaseAccess.Level.CLINICAL);
        if (expectedVersion != null && expectedVersion != couple.getVersion()) {
            throw new Refusal("edit.conflict");
        }
        if (couple.isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        if (!couple.isFlagged()) {
            throw new Refusal("decision.notNeeded");
        }
        if (decision == null || decision.isBlank() || decision.length() > 1000) {
            throw Refusal.onField("decision", "decision.required");
        }
        couple.recordJointDecision(decision, caller.displayName(), LocalDate.now(clock));
        audit.record(AuditAction.JOINT_WORK_DECISION, AuditOutcome.SUCCESS, couple.getId(), Cases.COUPLE,
                couple.getId(), "decision recorded");
    }

    /**
     * Whether joint sessions and joint homework may go ahead for this couple, and if not, why.
     * Staff who may see the case only: a partner must never learn from it that the other
     * partner's screening raised concerns. Audited as a view of the couple.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
    public JointWork.Verdict jointWork(long coupleId) {
        Caller caller = callers.required();
        Couple couple = guard.forReading(coupleId, caller, AuditAction.VIEW_COUPLE, CaseAccess.Level.CLINICAL,
                CaseAccess.Level.METADATA);
        JointWork.Verdict verdict = couple.jointWork();
        audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.SUCCESS, couple.getId(), Cases.COUPLE, couple.getId(),
                "joint work " + verdict);
        return verdict;
    }
}
