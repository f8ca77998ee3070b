package org.reconnect.program.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.program.control.StepReadiness;
import org.reconnect.program.entity.CoupleStep;
import org.reconnect.program.entity.ProgramStep;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The nine steps and each couple's way through them. The therapist moves a couple on or back
 * (a revisited step starts again on the timeline); the system suggests moving on when the
 * current step's criteria are met and shows the counts behind it.
 */
@Stateless
public class Program {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The nine steps with their homework and criteria (reference data). Anyone signed in. Not audited. */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME, Role.CLIENT_NAME})
    public List<ProgramStep> steps() {
        return em.createQuery("select s from ProgramStep s order by s.number", ProgramStep.class).getResultList();
    }

    /**
     * A couple's program: the assigned therapist gets the timeline with comments and the
     * readiness for the next step; an admin the current step and the dates. Anyone else: empty,
     * like a missing couple. Audited as {@code VIEW_COUPLE}.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
    public Optional<ProgramDetails> view(long coupleId) {
        Caller caller = callers.current().orElse(null);
        Couple couple = em.find(Couple.class, coupleId);
        CaseAccess.Level level = couple == null ? CaseAccess.Level.NONE : CaseAccess.levelFor(caller, couple.accessFacts());
        if (level != CaseAccess.Level.CLINICAL && level != CaseAccess.Level.METADATA) {
            audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.DENIED, null, "COUPLE", coupleId, "program: not visible or missing");
            return Optional.empty();
        }
        boolean clinical = level == CaseAccess.Level.CLINICAL;
        List<StepRow> timeline = timeline(couple, clinical);
        StepReadiness.Readiness readiness = clinical && couple.getCurrentStep() != null
                ? readiness(couple, em.find(ProgramStep.class, couple.getCurrentStep()))
                : new StepReadiness.Readiness(false, List.of());
        audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.SUCCESS, couple.getId(), "COUPLE", couple.getId(), "program");
        return Optional.of(new ProgramDetails(couple.getCurrentStep(), timeline, readiness.ready(),
                readiness.checks().stream().map(CheckRow::of).toList(), name(couple, 1), name(couple, 2)));
    }

    /**
     * Moves the couple to a step (on, back, or the first one). The couple's therapist only; a
     * discharged case or a page opened before another change is refused. Audited as
     * {@code PROGRAM_STEP_CHANGED} (step numbers only).
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void moveTo(long coupleId, Long expectedVersion, int stepNumber, String comment) {
        Caller caller = callers.required();
        Couple couple = em.find(Couple.class, coupleId, LockModeType.PESSIMISTIC_WRITE);
        if (couple == null || CaseAccess.levelFor(caller, couple.accessFacts()) != CaseAccess.Level.CLINICAL) {
            audit.recordDenial(AuditAction.PROGRAM_STEP_CHANGED, "COUPLE", coupleId, "not visible or missing");
            throw new Refusal("case.notFound");
        }
        if (couple.isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        if (expectedVersion != null && expectedVersion != couple.getVersion()) {
            throw new Refusal("edit.conflict");
        }
        if (stepNumber < ProgramStep.FIRST || stepNumber > ProgramStep.LAST) {
            throw Refusal.onField("step", "program.stepRange");
        }
        if (couple.getCurrentStep() != null && couple.getCurrentStep() == stepNumber) {
            throw Refusal.onField("step", "program.sameStep");
        }
        if (comment != null && comment.length() > 500) {
            throw Refusal.onField("comment", "program.commentTooLong");
        }
        LocalDate today = couple.today(clock);
        Integer from = couple.getCurrentStep();
        em.createQuery("select s from CoupleStep s where s.couple = :couple and s.completedOn is null", CoupleStep.class)
                .setParameter("couple", couple)
                .getResultList()
                .forEach(open -> open.complete(today));
        em.persist(new CoupleStep(couple, stepNumber, today, comment, caller.email()));
        couple.onStep(stepNumber);
        em.lock(couple, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record(AuditAction.PROGRAM_STEP_CHANGED, AuditOutcome.SUCCESS, couple.getId(), "COUPLE", couple.getId(),
                "step " + (from == null ? "-" : from) + " -> " + stepNumber);
    }

    /**
     * The calling partner's program: the current step and the steps already walked, so that
     * past steps stay readable. Clients only. Audited as {@code VIEW_PORTAL_HOME}.
     */
    @RolesAllowed(Role.CLIENT_NAME)
    public Optional<ProgramDetails> mine() {
        Caller caller = callers.current().orElse(null);
        if (caller == null) {
            return Optional.empty();
        }
        Optional<Couple> couple = em.createQuery("""
                        select p.couple from Partner p where p.account.id = :me""", Couple.class)
                .setParameter("me", caller.userId())
                .getResultStream().findFirst();
        if (couple.isEmpty()) {
            return Optional.empty();
        }
        Couple c = couple.get();
        audit.record(AuditAction.VIEW_PORTAL_HOME, AuditOutcome.SUCCESS, c.getId(), "COUPLE", c.getId(), "program");
        return Optional.of(new ProgramDetails(c.getCurrentStep(), timeline(c, false), false, List.of(), null, null));
    }

    private List<StepRow> timeline(Couple couple, boolean clinical) {
        return em.createQuery("select s from CoupleStep s where s.couple = :couple order by s.startedOn desc, s.id desc",
                        CoupleStep.class)
                .setParameter("couple", couple)
                .getResultStream()
                .map(s -> StepRow.of(s, clinical))
                .toList();
    }

    private StepReadiness.Readiness readiness(Couple couple, ProgramStep step) {
        List<StepReadiness.Criterion> criteria = step.getCriteria().stream()
                .map(c -> new StepReadiness.Criterion(c.getHomeworkType(), c.getMinCount(), c.getWithinDays(), c.isPerPartner()))
                .toList();
        if (criteria.isEmpty()) {
            return new StepReadiness.Readiness(false, List.of());
        }
        LocalDate today = couple.today(clock);
        LocalDate from = today.minusDays(StepReadiness.lookBackDays(criteria));
        List<StepReadiness.Logged> logged = em.createQuery("""
                        select e.type, a.position, e.loggedFor from HomeworkEntry e join e.author a
                        where e.couple = :couple and e.loggedFor >= :from""", Object[].class)
                .setParameter("couple", couple)
                .setParameter("from", from)
                .getResultStream()
                .map(r -> new StepReadiness.Logged((HomeworkType) r[0], (Integer) r[1], (LocalDate) r[2]))
                .toList();
        return StepReadiness.evaluate(criteria, logged, today);
    }

    private static String name(Couple couple, int position) {
        return couple.getPartners().stream().filter(p -> p.getPosition() == position).findFirst()
                .map(Partner::getCallName).orElse(null);
    }
}
