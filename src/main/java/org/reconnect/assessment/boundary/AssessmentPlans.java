package org.reconnect.assessment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import org.reconnect.assessment.entity.AdministrationStatus;
import org.reconnect.assessment.entity.AssessmentAdministration;
import org.reconnect.assessment.entity.AssessmentPlan;
import org.reconnect.assessment.entity.InstrumentVersion;
import org.reconnect.assessment.entity.PlanStatus;
import org.reconnect.assessment.entity.Recurrence;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.boundary.CaseGuard;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Submissions;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;

/**
 * The therapist's side of assessments: assigning an instrument to one partner or both, once or
 * every N weeks; stopping a plan; turning on whether partners see their own results; and the
 * plans on the couple's page. The couple's current therapist only; anyone else is answered as
 * if the couple did not exist.
 */
@Stateless
@RolesAllowed(Role.THERAPIST_NAME)
public class AssessmentPlans {

    static final String PLAN = "ASSESSMENT_PLAN";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Submissions submissions;

    @Inject
    Callers callers;

    @Inject
    CaseGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** A new plan: the instrument's first due date today, for both partners, once. */
    public PlanForm draft(long coupleId) {
        Couple couple = guard.forReading(coupleId, callers.required(), AuditAction.VIEW_COUPLE, CaseAccess.Level.CLINICAL);
        PlanForm form = new PlanForm();
        form.setFirstDue(couple.today(clock));
        return form;
    }

    /**
     * Assigns an instrument: the plan and every administration it asks for, in one transaction.
     * Refused: a discharged case, an unknown instrument, a partner not of this couple, a first
     * due date more than a week back or a year ahead, and a recurrence out of range. Audited as
     * {@code ASSESSMENT_ASSIGNED}.
     *
     * @return the plan's id
     */
    public long assign(long coupleId, PlanForm form) {
        Caller caller = callers.required();
        Objects.requireNonNull(form, "form");
        // the form sent again (a retry after an unconfirmed commit, a double tap) gets the plan it made
        Optional<Long> earlier = submissions.claim(caller.userId(), form.getSubmissionKey(), Submissions.Kind.ASSESSMENT_PLAN,
                Submissions.content(coupleId, form.content()));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Couple couple = guard.forClinicalChange(coupleId, caller, AuditAction.ASSESSMENT_ASSIGNED);
        InvalidInput.throwIfAny(validator.validate(form));
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (!couple.mayPlanFrom(form.getFirstDue(), clock)) {
            problems.add(new InvalidInput.Problem("firstDue", Texts.get("assessment.firstDue.range")));
        }
        if (form.getRecurrence() == Recurrence.WEEKS) {
            if (form.getEveryWeeks() == null) {
                problems.add(new InvalidInput.Problem("everyWeeks", Texts.get("assessment.everyWeeks.range")));
            }
            if (form.getTimes() == null) {
                problems.add(new InvalidInput.Problem("times", Texts.get("assessment.times.range")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        InstrumentVersion instrument = em.find(InstrumentVersion.class, form.getInstrumentId());
        if (instrument == null) {
            throw Refusal.onField("instrumentId", "assessment.instrument.notFound");
        }
        Partner forPartner = null;
        if (form.getPartnerId() != null) {
            forPartner = couple.partner(form.getPartnerId())
                    .orElseThrow(() -> Refusal.onField("partnerId", "assessment.partnerNotFound"));
        }
        boolean once = form.getRecurrence() == Recurrence.ONCE;
        AssessmentPlan plan = new AssessmentPlan(couple, forPartner, instrument, form.getRecurrence(),
                once ? null : form.getEveryWeeks(), once ? 1 : form.getTimes(), form.getFirstDue(), form.isShareResults());
        em.persist(plan);
        plan.administrations().forEach(em::persist);
        em.flush();
        submissions.made(caller.userId(), form.getSubmissionKey(), plan.getId());
        audit.record(AuditAction.ASSESSMENT_ASSIGNED, AuditOutcome.SUCCESS, couple.getId(), PLAN, plan.getId(),
                instrument.getCode() + " v" + instrument.getVersion() + ", " + plan.getTimes() + " time(s)");
        return plan.getId();
    }

    /**
     * Stops a plan: what is not answered yet is cancelled; what was answered stays. Refused when
     * the page was opened before another change. Audited as {@code ASSESSMENT_CHANGED}.
     */
    public void stop(long planId, long expectedVersion) {
        AssessmentPlan plan = planForChange(planId, expectedVersion);
        if (plan.getStatus() == PlanStatus.STOPPED) {
            throw new Refusal("assessment.plan.stopped");
        }
        em.createQuery("select a from AssessmentAdministration a where a.plan = :plan", AssessmentAdministration.class)
                .setParameter("plan", plan)
                .getResultStream()
                .filter(a -> a.getStatus().isOpen())
                .forEach(AssessmentAdministration::cancel);
        plan.stop();
        audit.record(AuditAction.ASSESSMENT_CHANGED, AuditOutcome.SUCCESS, plan.getCouple().getId(), PLAN, planId, "stopped");
    }

    /**
     * Whether the partners see their own results of this plan's instrument in the portal (never
     * the other partner's). Audited as {@code ASSESSMENT_CHANGED}.
     */
    public void share(long planId, long expectedVersion, boolean on) {
        AssessmentPlan plan = planForChange(planId, expectedVersion);
        plan.share(on);
        audit.record(AuditAction.ASSESSMENT_CHANGED, AuditOutcome.SUCCESS, plan.getCouple().getId(), PLAN, planId,
                on ? "sharing on" : "sharing off");
    }

    /**
     * The couple's plans, newest first, with how many were submitted, are overdue and are open
     * now. Two statements. Audited as {@code VIEW_COUPLE}.
     */
    public List<PlanRow> list(long coupleId) {
        Couple couple = guard.forReading(coupleId, callers.required(), AuditAction.VIEW_COUPLE, CaseAccess.Level.CLINICAL);
        LocalDate today = couple.today(clock);
        List<AssessmentPlan> plans = em.createQuery("""
                        select p from AssessmentPlan p join fetch p.instrument left join fetch p.partner
                        where p.couple = :couple order by p.status, p.firstDue desc, p.id desc""", AssessmentPlan.class)
                .setParameter("couple", couple)
                .getResultList();
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, LocalDate> next = new HashMap<>();
        em.createQuery("""
                        select a.plan.id, a.status, a.dueOn, a.opensOn, a.closesOn from AssessmentAdministration a
                        where a.couple = :couple""", Object[].class)
                .setParameter("couple", couple)
                .getResultStream()
                .forEach(r -> {
                    long planId = (Long) r[0];
                    AdministrationStatus status = (AdministrationStatus) r[1];
                    LocalDate due = (LocalDate) r[2];
                    LocalDate opens = (LocalDate) r[3];
                    LocalDate closes = (LocalDate) r[4];
                    int[] c = counts.computeIfAbsent(planId, k -> new int[3]);
                    boolean answerable = status.isOpen() && !today.isBefore(opens) && (closes == null || !today.isAfter(closes));
                    if (status == AdministrationStatus.SUBMITTED) {
                        c[0]++;
                    } else if (answerable && today.isAfter(due)) {
                        c[1]++;
                    }
                    if (answerable) {
                        c[2]++;
                    }
                    if (status.isOpen() && !due.isBefore(today)) {
                        next.merge(planId, due, (x, y) -> x.isBefore(y) ? x : y);
                    }
                });
        List<PlanRow> rows = new ArrayList<>(plans.size());
        for (AssessmentPlan p : plans) {
            int[] c = counts.getOrDefault(p.getId(), new int[3]);
            rows.add(new PlanRow(p.getId(), p.getVersion(), p.getInstrument().getTitle(), p.getInstrument().getVersion(),
                    p.getPartner() == null ? null : p.getPartner().getCallName(), p.getRecurrence(), p.getEveryWeeks(),
                    p.getTimes(), p.getFirstDue(), next.get(p.getId()), c[0], c[1], c[2], p.isShareResults(), p.getStatus()));
        }
        audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.SUCCESS, couple.getId(), "COUPLE", couple.getId(), "assessment plans");
        return rows;
    }

    private AssessmentPlan planForChange(long planId, long expectedVersion) {
        Caller caller = callers.required();
        AssessmentPlan plan = em.find(AssessmentPlan.class, planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || CaseAccess.levelFor(caller, plan.getCouple().accessFacts()) != CaseAccess.Level.CLINICAL) {
            audit.recordDenial(AuditAction.ASSESSMENT_CHANGED, PLAN, planId, "not visible or missing");
            throw new Refusal("assessment.notFound");
        }
        if (plan.getCouple().isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        if (plan.getVersion() != expectedVersion) {
            throw new Refusal("edit.conflict");
        }
        return plan;
    }
}
