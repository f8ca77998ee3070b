package org.reconnect.homework.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.boundary.CallingPartner;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.control.CoupleCalendar;
import org.reconnect.homework.control.EntryRecording;
import org.reconnect.homework.control.EntryRules;
import org.reconnect.homework.control.EntryTiming;
import org.reconnect.homework.control.HomeworkAccess;
import org.reconnect.homework.control.RevealWhenBoth;
import org.reconnect.homework.control.WeekProgress;
import org.reconnect.homework.entity.AssignmentStatus;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Submissions;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partner's side of homework, in the portal: this week, logging, changing an entry within
 * 24 hours, reading entries, and the reminder setting. Everything is scoped to the calling
 * partner: an assignment or entry of another couple, or not meant for the caller, is answered
 * exactly like one that does not exist. Every read of entries is audited as
 * {@code VIEW_ENTRIES}.
 * <p>
 * Who reads an entry: its author always; the other partner when the assignment is
 * {@code SHARED}, or {@code REVEAL_WHEN_BOTH} and they have answered the same period themselves;
 * never a {@code PRIVATE} entry or a journal. (The therapist reads them all, in
 * {@link HomeworkReview}; admins none.)
 */
@Stateless
@RolesAllowed(Role.CLIENT_NAME)
public class HomeworkLog {

    static final String HOMEWORK = "HOMEWORK";
    static final String ENTRY = "ENTRY";
    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";
    /** How far back streaks look: long enough for anyone's streak, bounded for the query. */
    private static final int STREAK_DAYS = 120;

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    CallingPartner callingPartner;

    @Inject
    AuditTrail audit;

    @Inject
    Submissions submissions;

    @Inject
    EntryFeedback feedbackOf;

    @Inject
    Clock clock;

    /**
     * This week for the calling partner: their open homework with due and done, streaks, and
     * the micro-moment log. Empty when the caller has no couple. A fixed number of statements.
     */
    public Optional<PortalWeek> thisWeek() {
        Optional<Partner> found = me();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Partner me = found.get();
        Couple couple = me.getCouple();
        LocalDate today = calendar(couple).today(clock);
        LocalDate monday = CoupleCalendar.weekStart(today);
        List<HomeworkAssignment> open = em.createQuery("""
                        select a from HomeworkAssignment a
                        where a.couple = :couple and a.status = :active and (a.partner is null or a.partner = :me)
                          and a.personal = false
                          and a.startsOn <= :today and (a.endsOn is null or a.endsOn >= :monday)
                        order by a.startsOn, a.id""", HomeworkAssignment.class)
                .setParameter("couple", couple)
                .setParameter("active", AssignmentStatus.ACTIVE)
                .setParameter("me", me)
                .setParameter("today", today)
                .setParameter("monday", monday)
                .getResultStream()
                .filter(HomeworkAccess::jointWorkAllows)
                .toList();
        Map<Long, List<LocalDate>> days = new HashMap<>();
        em.createQuery("""
                        select e.assignment.id, e.loggedFor from HomeworkEntry e
                        where e.author = :me and e.loggedFor >= :from""", Object[].class)
                .setParameter("me", me)
                .setParameter("from", today.minusDays(STREAK_DAYS))
                .getResultStream()
                .forEach(r -> days.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((LocalDate) r[1]));
        List<HomeworkRow> rows = new ArrayList<>(open.size());
        for (HomeworkAssignment a : open) {
            WeekProgress week = WeekProgress.of(a, days.getOrDefault(a.getId(), List.of()), today);
            rows.add(HomeworkRow.of(a, null, week.expected(), week.done(), week.streak(), null));
        }
        Long microMoments = WeekProgress.microMomentLog(open, today).map(HomeworkAssignment::getId).orElse(null);
        audit.record(AuditAction.VIEW_PORTAL_HOME, AuditOutcome.SUCCESS, couple.getId(), "COUPLE", couple.getId(),
                "this week");
        return Optional.of(new PortalWeek(monday, today, rows, microMoments, couple.isReadOnly()));
    }

    /** A new entry for one of the caller's open assignments, for today. */
    public EntryForm start(long assignmentId) {
        Partner me = meOrRefuse();
        HomeworkAssignment assignment = assignmentFor(me, assignmentId, AuditAction.ENTRY_LOGGED);
        EntryForm form = formFor(assignment, calendar(me.getCouple()).today(clock));
        form.setLoggedFor(form.getToday());
        return form;
    }

    private static EntryForm formFor(HomeworkAssignment assignment, LocalDate today) {
        EntryForm form = new EntryForm();
        form.setAssignmentId(assignment.getId());
        form.setType(assignment.getType());
        form.setAssignmentTitle(assignment.getTitle());
        form.setInstructions(assignment.getInstructions());
        form.setToday(today);
        return form;
    }

    /**
     * The calling partner's own private journal, opened the first time they ask for it: always
     * there, whatever homework the therapist set. Clients only; its entries are private (the
     * author and the therapist read them). Opening it is audited as {@code HOMEWORK_ASSIGNED}
     * ("personal journal"), the first time only.
     *
     * @return the journal's id, to log entries on
     */
    public long myJournal() {
        Partner me = meOrRefuse();
        Optional<Long> existing = em.createQuery(
                        "select a.id from HomeworkAssignment a where a.partner = :me and a.personal = true", Long.class)
                .setParameter("me", me)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        if (me.getCouple().isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        HomeworkAssignment journal = HomeworkAssignment.personalJournal(me, Texts.get("journal.title"),
                Texts.get("journal.instructions"), calendar(me.getCouple()).today(clock));
        em.persist(journal);
        em.flush();
        audit.record(AuditAction.HOMEWORK_ASSIGNED, AuditOutcome.SUCCESS, me.getCouple().getId(), "ASSIGNMENT", journal.getId(),
                "personal journal");
        return journal.getId();
    }

    /**
     * The quickest entry there is: a micro-moment, now, on the caller's open micro-moment log.
     *
     * @return the new entry's id
     */
    public long logMicroMoment(long assignmentId, BidBy by, BidResponse response) {
        EntryForm form = new EntryForm();
        form.setAssignmentId(assignmentId);
        form.setBidBy(by);
        form.setResponse(response);
        return log(form);
    }

    /**
     * Logs an entry, for today or yesterday, on an open assignment meant for the caller. Each
     * field is checked for its type; nothing is saved while one is wrong. The form sent again
     * (its submission key) gets the entry the first one made, and nothing is stored or audited
     * again. Audited as {@code ENTRY_LOGGED} (the type only, never the text).
     *
     * @return the new entry's id
     */
    public long log(EntryForm form) {
        Partner me = meOrRefuse();
        long account = me.getAccount().getId();
        Optional<Long> earlier = submissions.claim(account, form.getSubmissionKey(), Submissions.Kind.ENTRY, form.content());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        HomeworkAssignment assignment = assignmentFor(me, form.getAssignmentId() == null ? -1 : form.getAssignmentId(),
                AuditAction.ENTRY_LOGGED);
        Couple couple = me.getCouple();
        CoupleCalendar calendar = calendar(couple);
        LocalDate today = calendar.today(clock);
        LocalDate day = form.getLoggedFor() == null ? today : form.getLoggedFor();
        EntryTiming.dayRefusal(assignment, day, today).ifPresent(HomeworkLog::refuseDay);
        HomeworkEntry entry = new HomeworkEntry(assignment, me, day, CoupleCalendar.periodKey(assignment.getCadence(), day));
        fill(entry, form, calendar, day);
        em.persist(entry);
        em.flush();
        submissions.made(account, form.getSubmissionKey(), entry.getId());
        audit.record(AuditAction.ENTRY_LOGGED, AuditOutcome.SUCCESS, couple.getId(), ENTRY, entry.getId(),
                "type " + entry.getType());
        return entry.getId();
    }

    /** One of the caller's own entries, to change, while it may still be changed. */
    public EntryForm edit(long entryId) {
        Partner me = meOrRefuse();
        HomeworkEntry entry = ownEntry(me, entryId);
        HomeworkAccess.changeRefusal(entry, clock.instant(), null).ifPresent(HomeworkLog::refuse);
        refuseWhenRevealed(entry);
        audit.record(AuditAction.VIEW_ENTRIES, AuditOutcome.SUCCESS, me.getCouple().getId(), ENTRY, entry.getId(), "to change");
        EntryForm form = formFor(entry.getAssignment(), calendar(me.getCouple()).today(clock));
        form.setEntryId(entry.getId());
        form.setVersion(entry.getVersion());
        form.setLoggedFor(entry.getLoggedFor());
        form.setTime(EntryTiming.timeOfDay(entry.getOccurredAt(), calendar(me.getCouple()).zone()));
        form.setBidBy(entry.getBidBy());
        form.setBidKind(entry.getBidKind());
        form.setResponse(entry.getResponse());
        form.setMinutes(entry.getMinutes());
        form.setPhonesOff(entry.getPhonesOff());
        form.setPrompts(entry.getPrompts());
        form.setPrompt(entry.getPrompt());
        form.setRating(entry.getRating());
        form.setText(entry.getText());
        return form;
    }

    /**
     * Changes one of the caller's own entries. Refused after 24 hours ({@code entry.locked}), and
     * when it changed since the form was opened ({@code edit.conflict}): no write is lost.
     * Audited as {@code ENTRY_CHANGED}.
     */
    public void update(EntryForm form) {
        Partner me = meOrRefuse();
        HomeworkEntry entry = ownEntry(me, form.getEntryId() == null ? -1 : form.getEntryId());
        HomeworkAccess.changeRefusal(entry, clock.instant(), form.getVersion()).ifPresent(HomeworkLog::refuse);
        refuseWhenRevealed(entry);
        CoupleCalendar calendar = calendar(me.getCouple());
        LocalDate today = calendar.today(clock);
        LocalDate day = form.getLoggedFor() == null ? entry.getLoggedFor() : form.getLoggedFor();
        if (!day.equals(entry.getLoggedFor())) {
            EntryTiming.dayRefusal(entry.getAssignment(), day, today).ifPresent(HomeworkLog::refuseDay);
            entry.moveTo(day, CoupleCalendar.periodKey(entry.getAssignment().getCadence(), day));
        }
        fill(entry, form, calendar, day);
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new Refusal("edit.conflict");
        }
        audit.record(AuditAction.ENTRY_CHANGED, AuditOutcome.SUCCESS, me.getCouple().getId(), ENTRY, entry.getId(),
                "type " + entry.getType());
    }

    /** A "reveal when both" answer is fixed once the other partner has answered the same period too ({@link RevealWhenBoth}). */
    private void refuseWhenRevealed(HomeworkEntry entry) {
        if (!RevealWhenBoth.appliesTo(entry.getAssignment())) {
            return;
        }
        long others = em.createQuery("""
                        select count(o) from HomeworkEntry o
                        where o.assignment = :assignment and o.periodKey = :period and o.author <> :author""", Long.class)
                .setParameter("assignment", entry.getAssignment())
                .setParameter("period", entry.getPeriodKey())
                .setParameter("author", entry.getAuthor())
                .getSingleResult();
        if (others > 0) {
            throw new Refusal("entry.revealed");
        }
    }

    private static void refuse(String key) {
        throw new Refusal(key);
    }

    /** A refusal on the day's field: the entry may not count for that day ({@link EntryTiming}). */
    private static void refuseDay(String key) {
        throw Refusal.onField("loggedFor", key);
    }

    /** Checks the form's values and writes them onto the entry ({@link EntryRecording}); nothing while one is wrong. */
    private void fill(HomeworkEntry entry, EntryForm form, CoupleCalendar calendar, LocalDate day) {
        EntryRules.Values values = new EntryRules.Values(form.getBidBy(), form.getResponse(), form.getMinutes(),
                form.getPrompts(), form.getPrompt(), form.getRating(), form.getText(), form.getPhonesOff());
        Instant now = clock.instant();
        Instant when = entry.getType() != HomeworkType.MICRO_MOMENT_LOG ? null
                : EntryTiming.occurredAt(day, form.getTime(), calendar.today(clock), calendar.zone(), now);
        List<EntryRules.Problem> problems = EntryRecording.problems(entry.getType(), values, when, now);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().map(p -> new InvalidInput.Problem(p.field(), Texts.get(p.key()))).toList());
        }
        EntryRecording.record(entry, values, form.getBidKind(), when);
    }

    /** Whether the caller gets the daily reminder digest. */
    public boolean remindersOn() {
        return me().map(p -> !p.isRemindersOptOut()).orElse(false);
    }

    /** Turns the daily reminder digest on or off for the caller. Audited as {@code REMINDERS_CHANGED}. */
    public void setReminders(boolean on) {
        Partner me = meOrRefuse();
        me.setRemindersOptOut(!on);
        audit.record(AuditAction.REMINDERS_CHANGED, AuditOutcome.SUCCESS, me.getCouple().getId(), "PARTNER", me.getId(),
                on ? "on" : "off");
    }

    private Optional<Partner> me() {
        return callingPartner.find();
    }

    private Partner meOrRefuse() {
        return me().orElseThrow(() -> new Refusal("homework.notFound"));
    }

    private HomeworkAssignment assignmentFor(Partner me, long assignmentId, AuditAction action) {
        HomeworkAssignment assignment = em.find(HomeworkAssignment.class, assignmentId);
        if (assignment == null || !HomeworkAccess.sees(me, assignment)) {
            audit.recordDenial(action, HOMEWORK, assignmentId, "not visible or missing");
            throw new Refusal("homework.notFound");
        }
        HomeworkAccess.loggingRefusal(me, assignment).ifPresent(HomeworkLog::refuse);
        return assignment;
    }

    private HomeworkEntry ownEntry(Partner me, long entryId) {
        HomeworkEntry entry = em.find(HomeworkEntry.class, entryId);
        if (entry == null || !HomeworkAccess.owns(me, entry)) {
            audit.recordDenial(AuditAction.ENTRY_CHANGED, ENTRY, entryId, "not visible or missing");
            throw new Refusal("entry.notFound");
        }
        if (me.getCouple().isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        return entry;
    }

    private static CoupleCalendar calendar(Couple couple) {
        return new CoupleCalendar(couple.timeZone());
    }
}
