package org.reconnect.schedule.boundary;

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
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.clinic.entity.Therapist;
import org.reconnect.couple.boundary.CallingPartner;
import org.reconnect.couple.boundary.CaseGuard;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.schedule.control.SessionTimes;
import org.reconnect.schedule.entity.Appointment;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Submissions;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Appointments: the therapist's calendar (book, move, change, mark attended, cancelled or
 * no-show), a couple's appointments (with the state of each note, never its text, so admins may
 * see it too), and a partner's upcoming ones (joint sessions and their own individual ones,
 * never the other partner's). Refused with a message: double-booking the therapist, a joint
 * session while the couple's safety screening is not cleared, a discharged case, an end that is
 * not after the start. Another therapist's appointment behaves like one that does not exist.
 */
@Stateless
@RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME, Role.CLIENT_NAME})
public class Appointments {

    static final String APPOINTMENT = "APPOINTMENT";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    SessionRecords records;

    @Inject
    Callers callers;

    @Inject
    CaseGuard guard;

    @Inject
    CallingPartner callingPartner;

    @Inject
    AuditTrail audit;

    @Inject
    Submissions submissions;

    @Inject
    ClinicSettings settings;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    SessionInvitations invitations;

    /**
     * The calling therapist's appointments that overlap [{@code from}, {@code to}), in the clinic's
     * time zone. A fixed number of statements. Audited as {@code VIEW_APPOINTMENTS}, naming every
     * couple shown.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<AppointmentRow> calendar(LocalDateTime from, LocalDateTime to) {
        Therapist me = therapist();
        ZoneId zone = settings.timeZone();
        // the caller's own sessions, of couples they still treat
        List<AppointmentRow> rows = rows("a.therapist = :me and a.couple.therapist = :me and a.startsAt < :to and a.endsAt > :from",
                Map.of("me", me, "from", from.atZone(zone).toInstant(), "to", to.atZone(zone).toInstant()), zone);
        audit.recordListing(AuditAction.VIEW_APPOINTMENTS, APPOINTMENT,
                rows.stream().map(AppointmentRow::coupleId).distinct().toList(), "calendar " + from.toLocalDate());
        return rows;
    }

    /**
     * A couple's appointments, newest first, with the state of each note: for its therapist and
     * for admins (who see that a note exists and its state, never its text). Audited as
     * {@code VIEW_APPOINTMENTS}.
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<AppointmentRow> forCouple(long coupleId) {
        Couple couple = guard.forReading(coupleId, callers.required(), AuditAction.VIEW_APPOINTMENTS, CaseAccess.Level.CLINICAL,
                CaseAccess.Level.METADATA);
        List<AppointmentRow> rows = rows("a.couple = :couple", Map.of("couple", couple), settings.timeZone());
        audit.record(AuditAction.VIEW_APPOINTMENTS, AuditOutcome.SUCCESS, couple.getId(), "COUPLE", couple.getId(),
                rows.size() + " appointment(s)");
        List<AppointmentRow> newestFirst = new ArrayList<>(rows);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * The calling partner's upcoming appointments (scheduled, from now): joint sessions and their
     * own individual ones, in their own time zone. Not audited beyond the portal's page view:
     * dates only.
     */
    @RolesAllowed(Role.CLIENT_NAME)
    public List<AppointmentRow> upcomingForMe() {
        Optional<Partner> found = callingPartner.find();
        if (found.isEmpty()) {
            return List.of();
        }
        Partner me = found.get();
        ZoneId zone = me.zone();
        return rows("a.couple = :couple and a.status = :scheduled and a.endsAt > :now and (a.partner is null or a.partner = :me)",
                Map.of("couple", me.getCouple(), "scheduled", AppointmentStatus.SCHEDULED, "now", Instant.now(clock), "me", me),
                zone);
    }

    /**
     * The calling therapist's couples that may be booked (not discharged), by case number, with
     * their partners and whether a joint session is allowed now. Two statements.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<BookableCouple> bookable() {
        Caller caller = callers.required();
        List<Couple> couples = em.createQuery("""
                        select c from Couple c where c.therapist.account.id = :me and c.status <> :discharged
                        order by c.caseNumber""", Couple.class)
                .setParameter("me", caller.userId())
                .setParameter("discharged", org.reconnect.couple.entity.CaseStatus.DISCHARGED)
                .getResultList();
        if (couples.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Partner>> partners = em.createQuery(
                        "select p from Partner p where p.couple in :couples order by p.position", Partner.class)
                .setParameter("couples", couples)
                .getResultStream()
                .collect(Collectors.groupingBy(p -> p.getCouple().getId()));
        return couples.stream().map(c -> {
            List<Partner> mine = partners.getOrDefault(c.getId(), List.of());
            // the same verdict as Couple.jointWork(), from the partners loaded here
            boolean joint = org.reconnect.couple.entity.JointWork.evaluate(mine.stream().map(Partner::getScreening).toList(),
                    c.getJointDecision() != null).isAllowed();
            return new BookableCouple(c.getId(), c.getCaseNumber(),
                    mine.stream().map(Partner::getCallName).collect(Collectors.joining(" & ")), joint,
                    mine.stream().map(p -> new BookableCouple.Person(p.getId(), p.getCallName())).toList());
        }).toList();
    }

    /** A new form for the couple, starting at the next full hour, 50 minutes, in person. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public AppointmentForm draft(Long coupleId, LocalDateTime start) {
        AppointmentForm form = new AppointmentForm();
        form.setCoupleId(coupleId);
        LocalDateTime begin = start != null ? start
                : LocalDateTime.now(clock.withZone(settings.timeZone())).withMinute(0).withSecond(0).withNano(0).plusHours(1);
        form.setStartsAt(begin);
        form.setEndsAt(begin.plusMinutes(50));
        form.setLocation(Texts.get("appointment.defaultLocation"));
        return form;
    }

    /**
     * Books an appointment for one of the caller's couples. Refused: a couple that is not the
     * caller's (as if missing), a discharged case, a partner not of this couple, a joint session
     * while joint work is blocked, bad times or location, and any overlap with the therapist's
     * other sessions. Audited as {@code APPOINTMENT_BOOKED}.
     *
     * @return the appointment's id
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public long book(AppointmentForm form) {
        Objects.requireNonNull(form, "form");
        Caller caller = callers.required();
        // the form sent again (a retry after an unconfirmed commit) gets the session it booked, not an overlap
        Optional<Long> earlier = submissions.claim(caller.userId(), form.getSubmissionKey(), Submissions.Kind.BOOKING,
                form.content());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (form.getCoupleId() == null) {
            throw Refusal.onField("coupleId", "appointment.couple.required");
        }
        Couple couple = guard.forClinicalChange(form.getCoupleId(), caller, AuditAction.APPOINTMENT_BOOKED);
        InvalidInput.throwIfAny(validator.validate(form));
        ZoneId zone = settings.timeZone();
        Instant start = form.getStartsAt().atZone(zone).toInstant();
        Instant end = form.getEndsAt().atZone(zone).toInstant();
        checkTimesAndPlace(start, end, form.getLocation());
        Partner individualWith = null;
        if (form.getPartnerId() != null) {
            individualWith = couple.partner(form.getPartnerId())
                    .orElseThrow(() -> Refusal.onField("partnerId", "appointment.partnerNotFound"));
        }
        if (individualWith == null && !couple.jointWork().isAllowed()) {
            throw Refusal.onField("partnerId", "appointment.jointBlocked");
        }
        Therapist therapist = lockedTherapist(couple.getTherapist());
        refuseOverlap(therapist, start, end, null, zone);
        Appointment appointment = new Appointment(couple, therapist, individualWith, form.getModality(), start, end,
                form.getLocation());
        em.persist(appointment);
        em.flush();
        submissions.made(caller.userId(), form.getSubmissionKey(), appointment.getId());
        audit.record(AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SUCCESS, couple.getId(), APPOINTMENT, appointment.getId(),
                (individualWith == null ? "joint" : "individual") + ", " + appointment.minutes() + " min");
        invitations.send(appointment, SessionInvitations.Change.BOOKED);
        return appointment.getId();
    }

    /** The form of one of the caller's scheduled appointments, to change it. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public AppointmentForm edit(long appointmentId) {
        Appointment a = mine(appointmentId, AuditAction.VIEW_APPOINTMENTS, false);
        ZoneId zone = settings.timeZone();
        AppointmentForm form = new AppointmentForm();
        form.setCoupleId(a.getCouple().getId());
        form.setPartnerId(a.getPartner() == null ? null : a.getPartner().getId());
        form.setModality(a.getModality());
        form.setStartsAt(LocalDateTime.ofInstant(a.getStartsAt(), zone));
        form.setEndsAt(LocalDateTime.ofInstant(a.getEndsAt(), zone));
        form.setLocation(a.getLocation());
        return form;
    }

    /**
     * Moves or changes one of the caller's scheduled appointments (the couple and who it is for
     * stay). The same checks as booking. Audited as {@code APPOINTMENT_CHANGED}.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void change(long appointmentId, long expectedVersion, AppointmentForm form) {
        Objects.requireNonNull(form, "form");
        Appointment a = mine(appointmentId, AuditAction.APPOINTMENT_CHANGED, true);
        requireCurrent(a, expectedVersion);
        InvalidInput.throwIfAny(validator.validate(form));
        if (a.getStatus() != AppointmentStatus.SCHEDULED) {
            throw new Refusal("appointment.notScheduled");
        }
        if (a.isJoint() && !a.getCouple().jointWork().isAllowed()) {
            throw Refusal.onField("partnerId", "appointment.jointBlocked");
        }
        ZoneId zone = settings.timeZone();
        Instant start = form.getStartsAt().atZone(zone).toInstant();
        Instant end = form.getEndsAt().atZone(zone).toInstant();
        checkTimesAndPlace(start, end, form.getLocation());
        refuseOverlap(lockedTherapist(a.getTherapist()), start, end, a.getId(), zone);
        boolean forPartners = a.changesForPartners(form.getModality(), start, end, form.getLocation());
        a.describe(form.getModality(), start, end, form.getLocation());
        em.flush();
        audit.record(AuditAction.APPOINTMENT_CHANGED, AuditOutcome.SUCCESS, a.getCouple().getId(), APPOINTMENT, a.getId(),
                "moved or changed");
        if (forPartners) {
            invitations.send(a, SessionInvitations.Change.CHANGED);
        }
    }

    /** Moves an appointment (dragged on the calendar), keeping everything else. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void move(long appointmentId, long expectedVersion, LocalDateTime newStart, LocalDateTime newEnd) {
        AppointmentForm form = edit(appointmentId);
        form.setStartsAt(newStart);
        form.setEndsAt(newEnd);
        change(appointmentId, expectedVersion, form);
    }

    /**
     * Marks a scheduled appointment attended, cancelled or a no-show. Attended and no-show only
     * once it has begun. Audited as {@code APPOINTMENT_CHANGED}.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void mark(long appointmentId, long expectedVersion, AppointmentStatus outcome) {
        Appointment a = mine(appointmentId, AuditAction.APPOINTMENT_CHANGED, true);
        requireCurrent(a, expectedVersion);
        if (a.getStatus() != AppointmentStatus.SCHEDULED || outcome == null || outcome == AppointmentStatus.SCHEDULED) {
            throw new Refusal("appointment.notScheduled");
        }
        if (outcome != AppointmentStatus.CANCELLED && a.getStartsAt().isAfter(Instant.now(clock))) {
            throw new Refusal("appointment.notBegun");
        }
        a.mark(outcome);
        em.flush();
        audit.record(AuditAction.APPOINTMENT_CHANGED, AuditOutcome.SUCCESS, a.getCouple().getId(), APPOINTMENT, a.getId(),
                outcome.name().toLowerCase(java.util.Locale.ROOT));
        if (outcome == AppointmentStatus.CANCELLED) {
            invitations.send(a, SessionInvitations.Change.CANCELLED);
        }
    }

    private void checkTimesAndPlace(Instant start, Instant end, String location) {
        List<SessionTimes.Problem> problems = SessionTimes.check(start, end, location, Instant.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream()
                    .map(p -> new InvalidInput.Problem(p.field(), Texts.get(p.key(), p.arguments().toArray())))
                    .toList());
        }
    }

    /** Refuses a time that overlaps another session holding the therapist's time. */
    private void refuseOverlap(Therapist therapist, Instant start, Instant end, Long self, ZoneId zone) {
        List<Appointment> clashes = em.createQuery("""
                        select a from Appointment a join fetch a.couple
                        where a.therapist = :therapist and a.status in :holding and a.startsAt < :end and a.endsAt > :start
                          and a.id <> :self""", Appointment.class)
                .setParameter("therapist", therapist)
                .setParameter("holding", SessionTimes.HOLDING)
                .setParameter("start", start)
                .setParameter("end", end)
                .setParameter("self", self == null ? -1L : self)
                .setMaxResults(1)
                .getResultList();
        if (!clashes.isEmpty()) {
            Appointment clash = clashes.get(0);
            throw Refusal.onField("startsAt", "appointment.doubleBooked",
                    LocalDateTime.ofInstant(clash.getStartsAt(), zone).toLocalTime(),
                    LocalDateTime.ofInstant(clash.getEndsAt(), zone).toLocalTime());
        }
    }

    /** Bookings for one therapist happen one at a time: the overlap check and the insert cannot interleave. */
    private Therapist lockedTherapist(Therapist therapist) {
        return em.find(Therapist.class, therapist.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    private Appointment mine(long appointmentId, AuditAction action, boolean forChange) {
        Caller caller = callers.required();
        Appointment a = forChange ? em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Appointment.class, appointmentId);
        if (a == null || CaseAccess.levelFor(caller, a.getCouple().accessFacts()) != CaseAccess.Level.CLINICAL) {
            audit.recordDenial(action, APPOINTMENT, appointmentId, "not visible or missing");
            throw new Refusal("appointment.notFound");
        }
        if (forChange) {
            if (a.getCouple().isReadOnly()) {
                throw new Refusal("case.readOnly");
            }
        }
        return a;
    }

    private static void requireCurrent(Appointment a, long expectedVersion) {
        if (a.getVersion() != expectedVersion) {
            throw new Refusal("edit.conflict");
        }
    }

    /**
     * Rows for a list: appointments with their couple and partner (one statement), the couples'
     * partner names (one more) and the sessions' notes, from the notes capability (one more).
     */
    private List<AppointmentRow> rows(String where, Map<String, Object> parameters, ZoneId zone) {
        var query = em.createQuery("""
                select a from Appointment a join fetch a.couple left join fetch a.partner
                where""" + " " + where + " order by a.startsAt, a.id", Appointment.class);
        parameters.forEach(query::setParameter);
        List<Appointment> found = query.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select p from Partner p where p.couple.id in :ids order by p.position", Partner.class)
                .setParameter("ids", found.stream().map(a -> a.getCouple().getId()).distinct().toList())
                .getResultStream()
                .collect(Collectors.groupingBy(p -> p.getCouple().getId(), Collectors.mapping(Partner::getCallName,
                        Collectors.joining(" & "))))
                .forEach(names::put);
        Map<Long, SessionRecords.Note> notes = records.of(found.stream().map(Appointment::getId).toList());
        List<AppointmentRow> rows = new ArrayList<>(found.size());
        for (Appointment a : found) {
            SessionRecords.Note note = notes.get(a.getId());
            rows.add(new AppointmentRow(a.getId(), a.getVersion(), a.getCouple().getId(), a.getCouple().getCaseNumber(),
                    names.getOrDefault(a.getCouple().getId(), ""), a.getPartner() == null ? null : a.getPartner().getCallName(),
                    a.getModality(), LocalDateTime.ofInstant(a.getStartsAt(), zone), LocalDateTime.ofInstant(a.getEndsAt(), zone),
                    a.getLocation(), a.getStatus(), note == null ? null : note.id(), note == null ? null : note.status(),
                    a.getCancelReason()));
        }
        return rows;
    }

    private Therapist therapist() {
        return em.createNamedQuery(Therapist.OF_ACCOUNT, Therapist.class)
                .setParameter("account", callers.required().userId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new Refusal("appointment.notFound"));
    }
}
