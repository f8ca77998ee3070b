package org.reconnect.homework.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.boundary.CaseGuard;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.control.Adherence;
import org.reconnect.homework.control.CoupleCalendar;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Submissions;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.control.PlainText;
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
 * The therapist's side of homework: what to assign (templates from the couple's step), assigning
 * it, ending it, and the list on the couple's page with this week's figures. The couple's
 * current therapist only; anyone else is answered as if the couple did not exist. Homework for
 * both partners, or done together, is refused while joint work is blocked by the safety
 * screening.
 */
@Stateless
@RolesAllowed(Role.THERAPIST_NAME)
public class HomeworkPlans {

    static final int WEEKS_OF_ADHERENCE = 4;

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

    @Inject
    StepPractices practices;

    /**
     * The homework types to offer first: those the couple's current step usually uses (empty
     * before the program starts). Not audited: no clinical data.
     */
    public List<HomeworkType> suggested(long coupleId) {
        Couple couple = guard.forReading(coupleId, callers.required(), AuditAction.VIEW_COUPLE, CaseAccess.Level.CLINICAL);
        if (couple.getCurrentStep() == null) {
            return List.of();
        }
        return practices.of(couple.getCurrentStep());
    }

    /**
     * A new assignment of a type, filled in from the type (title, instructions, cadence, who
     * sees the entries) and the couple's step (why now), starting today for four weeks.
     */
    public HomeworkForm draft(long coupleId, HomeworkType type) {
        Couple couple = guard.forReading(coupleId, callers.required(), AuditAction.VIEW_COUPLE, CaseAccess.Level.CLINICAL);
        HomeworkForm form = new HomeworkForm();
        if (type == null) {
            return form;
        }
        LocalDate today = couple.today(clock);
        form.setType(type);
        form.setTitle(Texts.get("homework." + type + ".title"));
        String instructions = Texts.get("homework." + type + ".instructions");
        if (couple.getCurrentStep() != null) {
            instructions = instructions + "\n\n" + Texts.get("step." + couple.getCurrentStep() + ".why");
        }
        form.setInstructions(instructions);
        form.setCadence(type.getUsualCadence());
        form.setTarget(type.getUsualTarget());
        form.setVisibility(type.getUsualVisibility());
        form.setStartsOn(today);
        form.setEndsOn(today.plusWeeks(WEEKS_OF_ADHERENCE).minusDays(1));
        return form;
    }

    /**
     * Assigns homework. Refused: a discharged case, a partner not of this couple, joint homework
     * while joint work is blocked, and any field that does not fit (each with its message).
     * Audited as {@code HOMEWORK_ASSIGNED} (the type only).
     *
     * @return the new assignment's id
     */
    public long assign(long coupleId, HomeworkForm form) {
        Caller caller = callers.required();
        Objects.requireNonNull(form, "form");
        // the form sent again (a retry after an unconfirmed commit, a double tap) gets the assignment it made
        Optional<Long> earlier = submissions.claim(caller.userId(), form.getSubmissionKey(), Submissions.Kind.HOMEWORK,
                Submissions.content(coupleId, form.content()));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Couple couple = guard.forClinicalChange(coupleId, caller, AuditAction.HOMEWORK_ASSIGNED);
        InvalidInput.throwIfAny(validator.validate(form));
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (PlainText.hasMarkup(form.getTitle())) {
            problems.add(new InvalidInput.Problem("title", Texts.get("text.markup")));
        }
        if (PlainText.hasMarkup(form.getInstructions())) {
            problems.add(new InvalidInput.Problem("instructions", Texts.get("text.markup")));
        }
        if (!couple.mayPlanFrom(form.getStartsOn(), clock)) {
            problems.add(new InvalidInput.Problem("startsOn", Texts.get("homework.startsOn.range")));
        }
        if (form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            problems.add(new InvalidInput.Problem("endsOn", Texts.get("homework.endsOn.beforeStart")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Partner forPartner = null;
        if (form.getPartnerId() != null) {
            forPartner = couple.partner(form.getPartnerId())
                    .orElseThrow(() -> Refusal.onField("partnerId", "homework.partnerNotFound"));
        }
        // while joint work is blocked, what one partner writes stays between them and the therapist
        boolean jointAllowed = couple.jointWork().isAllowed();
        HomeworkAssignment assignment = new HomeworkAssignment(couple, forPartner, form.getType(), form.getTitle(),
                form.getInstructions(), form.getCadence(), form.getTarget(), form.getStartsOn(), form.getEndsOn(),
                jointAllowed ? form.getVisibility() : Visibility.PRIVATE, couple.getCurrentStep());
        if (assignment.isJoint() && !jointAllowed) {
            throw new Refusal("homework.jointBlocked");
        }
        em.persist(assignment);
        em.flush();
        submissions.made(caller.userId(), form.getSubmissionKey(), assignment.getId());
        audit.record(AuditAction.HOMEWORK_ASSIGNED, AuditOutcome.SUCCESS, couple.getId(), "HOMEWORK",
                assignment.getId(), "type " + assignment.getType());
        return assignment.getId();
    }

    /**
     * Ends an assignment: done, or cancelled. Its entries stay. Refused when the page was opened
     * before another change. Audited as {@code HOMEWORK_CHANGED}.
     */
    public void end(long assignmentId, long expectedVersion, boolean completed) {
        Caller caller = callers.required();
        HomeworkAssignment assignment = em.find(HomeworkAssignment.class, assignmentId);
        if (assignment == null || CaseAccess.levelFor(caller, assignment.getCouple().accessFacts()) != CaseAccess.Level.CLINICAL) {
            audit.recordDenial(AuditAction.HOMEWORK_CHANGED, "HOMEWORK", assignmentId, "not visible or missing");
            throw new Refusal("homework.notFound");
        }
        em.lock(assignment, LockModeType.PESSIMISTIC_WRITE);
        if (assignment.getCouple().isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        if (assignment.getVersion() != expectedVersion) {
            throw new Refusal("edit.conflict");
        }
        LocalDate today = assignment.getCouple().today(clock);
        if (completed) {
            assignment.complete(today);
        } else {
            assignment.cancel(today);
        }
        audit.record(AuditAction.HOMEWORK_CHANGED, AuditOutcome.SUCCESS, assignment.getCouple().getId(), "HOMEWORK",
                assignmentId, completed ? "completed" : "cancelled");
    }

    /**
     * The couple's homework, newest first, with this week's expected and done (both partners
     * together) and the last four weeks' adherence. A fixed number of statements. Audited as
     * {@code VIEW_COUPLE}.
     */
    public List<HomeworkRow> list(long coupleId) {
        Couple couple = guard.forReading(coupleId, callers.required(), AuditAction.VIEW_COUPLE, CaseAccess.Level.CLINICAL);
        LocalDate today = couple.today(clock);
        LocalDate monday = CoupleCalendar.weekStart(today);
        LocalDate firstMonday = monday.minusWeeks(WEEKS_OF_ADHERENCE - 1L);
        List<HomeworkAssignment> assignments = em.createQuery("""
                        select a from HomeworkAssignment a left join fetch a.partner
                        where a.couple = :couple and a.personal = false order by a.status, a.startsOn desc, a.id desc""", HomeworkAssignment.class)
                .setParameter("couple", couple)
                .getResultList();
        Map<Long, Map<Integer, List<LocalDate>>> days = entryDays(couple, firstMonday);
        List<HomeworkRow> rows = new ArrayList<>(assignments.size());
        for (HomeworkAssignment a : assignments) {
            Adherence.Plan plan = new Adherence.Plan(a.getCadence(), a.getTarget(), a.getStartsOn(), a.getEndsOn());
            int expected = 0;
            int done = 0;
            List<Adherence.Week> fourWeeks = new ArrayList<>();
            for (Partner p : couple.getPartners()) {
                if (!a.isFor(p)) {
                    continue;
                }
                List<LocalDate> mine = days.getOrDefault(a.getId(), Map.of()).getOrDefault(p.getPosition(), List.of());
                List<Adherence.Week> weeks = Adherence.weekly(plan, mine, firstMonday, WEEKS_OF_ADHERENCE, today);
                Adherence.Week thisWeek = weeks.get(weeks.size() - 1);
                expected += Adherence.expected(plan, monday, monday.plusDays(6), monday.plusDays(6));
                done += thisWeek.done();
                fourWeeks.addAll(weeks);
            }
            rows.add(HomeworkRow.of(a, a.getPartner() == null ? null : a.getPartner().getCallName(), expected, done, 0,
                    Adherence.percent(fourWeeks)));
        }
        audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.SUCCESS, couple.getId(), "COUPLE", couple.getId(), "homework");
        return rows;
    }

    /** For each assignment, each partner's entry days since {@code from}: one statement. */
    private Map<Long, Map<Integer, List<LocalDate>>> entryDays(Couple couple, LocalDate from) {
        Map<Long, Map<Integer, List<LocalDate>>> days = new HashMap<>();
        em.createQuery("""
                        select e.assignment.id, a.position, e.loggedFor from HomeworkEntry e join e.author a
                        where e.couple = :couple and e.loggedFor >= :from""", Object[].class)
                .setParameter("couple", couple)
                .setParameter("from", from)
                .getResultStream()
                .forEach(r -> days.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .computeIfAbsent((Integer) r[1], k -> new ArrayList<>())
                        .add((LocalDate) r[2]));
        return days;
    }
}
