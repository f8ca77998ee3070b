package org.reconnect.notes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.reconnect.messaging.boundary.MessageRecords;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.couple.boundary.CaseGuard;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.notes.control.NotePdf;
import org.reconnect.notes.control.NotePrint;
import org.reconnect.notes.control.NoteRules;
import org.reconnect.notes.entity.NoteAddendum;
import org.reconnect.notes.entity.NoteContent;
import org.reconnect.notes.entity.NoteStatus;
import org.reconnect.notes.entity.SessionNote;
import org.reconnect.schedule.entity.Appointment;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.security.boundary.Callers;
import org.reconnect.security.boundary.Reauthentication;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Submissions;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Session notes, for the treating therapist only: one note per attended session in a template
 * the clinic offers; drafts saved (a page that saves over a newer save is refused, and keeps its
 * text); signing with the therapist's password, which records signer, time and a SHA-256 of the
 * content and locks the note for good; addenda, each signed on its own; PDF of one note or of a
 * couple's notes in a date range. Anyone else (admins and partners included) is answered as if
 * the note did not exist. Every view and export is audited.
 */
@Stateless
@RolesAllowed(Role.THERAPIST_NAME)
public class SessionNotes {

    static final String NOTE = "NOTE";
    public static final int MAX_TEXT = NoteRules.MAX_TEXT;
    static final Duration OVERDUE_AFTER = Duration.ofHours(72);

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Reauthentication reauthentication;

    @Inject
    CaseGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    Submissions submissions;

    @Inject
    ClinicSettings settings;

    @Inject
    Clock clock;

    @Inject
    MessageRecords messageRecords;

    @Inject
    NoteDetailsReader details;

    /**
     * Starts the note of an attended session of the caller's, in a template the clinic offers;
     * the note that exists already when there is one. Audited as {@code NOTE_SAVED}.
     *
     * @return the note's id
     */
    public long start(long appointmentId, NoteTemplate template) {
        Caller caller = callers.required();
        Appointment a = em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || CaseAccess.levelFor(caller, a.getCouple().accessFacts()) != CaseAccess.Level.CLINICAL) {
            audit.recordDenial(AuditAction.NOTE_SAVED, "APPOINTMENT", appointmentId, "not visible or missing");
            throw new Refusal("appointment.notFound");
        }
        Optional<SessionNote> existing = noteOf(a);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (a.getStatus() != AppointmentStatus.ATTENDED) {
            throw new Refusal("note.notAttended");
        }
        if (template == null || !settings.noteTemplates().contains(template)) {
            throw Refusal.onField("template", "note.templateNotOffered");
        }
        SessionNote note = new SessionNote(a, template);
        em.persist(note);
        em.flush();
        audit.record(AuditAction.NOTE_SAVED, AuditOutcome.SUCCESS, a.getCouple().getId(), NOTE, note.getId(),
                "started, " + template);
        return note.getId();
    }

    /** The note of an appointment, if one was started. Not audited: an id only. */
    public Optional<Long> noteFor(long appointmentId) {
        Appointment a = em.find(Appointment.class, appointmentId);
        if (a == null || CaseAccess.levelFor(callers.required(), a.getCouple().accessFacts()) != CaseAccess.Level.CLINICAL) {
            return Optional.empty();
        }
        return noteOf(a).map(SessionNote::getId);
    }

    /** Whether a note can be started for this appointment: the caller's, attended, without a note yet. */
    public boolean canStart(long appointmentId) {
        Appointment a = em.find(Appointment.class, appointmentId);
        return a != null && CaseAccess.levelFor(callers.required(), a.getCouple().accessFacts()) == CaseAccess.Level.CLINICAL
                && a.getStatus() == AppointmentStatus.ATTENDED && noteOf(a).isEmpty();
    }

    /** A note to read or edit. Audited as {@code VIEW_NOTE}. */
    public NoteDetails view(long noteId) {
        SessionNote note = visible(noteId, AuditAction.VIEW_NOTE, false);
        audit.record(AuditAction.VIEW_NOTE, AuditOutcome.SUCCESS, note.getCouple().getId(), NOTE, noteId,
                note.getStatus().name().toLowerCase(Locale.ROOT));
        return details.of(note);
    }

    /**
     * Saves a draft. Refused: a signed note, a page opened before another save (its text stays on
     * the page), and content that does not fit (each field named). Audited as {@code NOTE_SAVED}.
     *
     * @return the note's new version
     */
    public long save(long noteId, long expectedVersion, NoteForm form) {
        SessionNote note = visible(noteId, AuditAction.NOTE_SAVED, true);
        write(note, expectedVersion, form);
        audit.record(AuditAction.NOTE_SAVED, AuditOutcome.SUCCESS, note.getCouple().getId(), NOTE, noteId, "draft saved");
        return note.getVersion();
    }

    /**
     * Signs a draft with the content on the page, after the therapist has entered their password
     * again. A wrong password is refused, audited as {@code NOTE_SIGN_FAILED} and counted toward the
     * lockout (five lock the account and end its sessions; nothing is accepted while it is locked); a signature is
     * audited as {@code NOTE_SIGNED}. From then on the note never changes.
     */
    public void sign(long noteId, long expectedVersion, NoteForm form, char[] password) {
        SessionNote note = visible(noteId, AuditAction.NOTE_SIGNED, true);
        if (note.isSigned()) {
            throw new Refusal("note.signed");
        }
        UserAccount me = reauthenticated(password, note);
        write(note, expectedVersion, form);
        note.sign(NoteRules.signer(me.getDisplayName(), me.getEmail()), Instant.now(clock));
        em.flush();
        audit.record(AuditAction.NOTE_SIGNED, AuditOutcome.SUCCESS, note.getCouple().getId(), NOTE, noteId,
                "sha-256 " + note.getContentHash());
    }

    /**
     * Adds a correction under a signed note, signed at once with the therapist's password. The
     * form sent again ({@code submissionKey}) adds nothing more. Audited as {@code ADDENDUM_SIGNED}.
     */
    public void addAddendum(long noteId, String text, char[] password, String submissionKey) {
        SessionNote note = visible(noteId, AuditAction.ADDENDUM_SIGNED, true);
        if (!note.isSigned()) {
            throw new Refusal("note.addendumNeedsSigned");
        }
        throwIfAny(NoteRules.textProblems("text", text, true));
        UserAccount me = reauthenticated(password, note);
        if (submissions.claim(me.getId(), submissionKey, Submissions.Kind.ADDENDUM,
                Submissions.content(noteId, text)).isPresent()) {
            return;
        }
        NoteAddendum addendum = new NoteAddendum(note, text.strip(), NoteRules.signer(me.getDisplayName(), me.getEmail()),
                Instant.now(clock));
        em.persist(addendum);
        em.flush();
        submissions.made(me.getId(), submissionKey, addendum.getId());
        audit.record(AuditAction.ADDENDUM_SIGNED, AuditOutcome.SUCCESS, note.getCouple().getId(), NOTE, noteId,
                "addendum " + addendum.getId());
    }

    /** One signed note as a PDF. Audited as {@code NOTE_EXPORTED}. */
    public byte[] pdf(long noteId) {
        SessionNote note = visible(noteId, AuditAction.NOTE_EXPORTED, false);
        if (!note.isSigned()) {
            throw new Refusal("note.exportNeedsSigned");
        }
        audit.record(AuditAction.NOTE_EXPORTED, AuditOutcome.SUCCESS, note.getCouple().getId(), NOTE, noteId, "pdf");
        return NotePdf.render(Texts.get("pdf.title", note.getCouple().getCaseNumber()), List.of(NotePrintouts.note(details.of(note), settings.timeZone())),
                NotePrint.placeholders(Texts::get));
    }

    /**
     * One signed note as a PDF for a record handed out of the clinic (a disclosure): the homework
     * entries and messages it names as reviewed are listed only where the record's reader may see
     * them: for the couple's record ({@code forPartner} null) entries shared with both partners and
     * the joint conversation's messages; for one partner's own record also that partner's own
     * entries and conversation. How many were left out is said in their place. Audited as
     * {@code NOTE_EXPORTED}.
     */
    public byte[] pdfForRecord(long noteId, Long forPartner) {
        SessionNote note = visible(noteId, AuditAction.NOTE_EXPORTED, false);
        if (!note.isSigned()) {
            throw new Refusal("note.exportNeedsSigned");
        }
        long own = forPartner == null ? -1L : forPartner;
        java.util.Set<Long> entries = note.getReviewedEntries().isEmpty() ? java.util.Set.of()
                : new java.util.HashSet<>(em.createQuery("""
                        select e.id from HomeworkEntry e join e.assignment asg
                        where e.id in :reviewed and e.couple = :couple and (asg.visibility = :shared or e.author.id = :own)""", Long.class)
                .setParameter("reviewed", note.getReviewedEntries())
                .setParameter("couple", note.getCouple())
                .setParameter("shared", org.reconnect.homework.entity.Visibility.SHARED)
                .setParameter("own", own)
                .getResultList());
        java.util.Set<Long> messages = note.getReviewedMessages().isEmpty() ? java.util.Set.of()
                : new java.util.HashSet<>(em.createQuery("""
                        select m.id from Message m join m.thread t left join t.partner tp
                        where m.id in :reviewed and t.couple = :couple and (tp is null or tp.id = :own)""", Long.class)
                .setParameter("reviewed", note.getReviewedMessages())
                .setParameter("couple", note.getCouple())
                .setParameter("own", own)
                .getResultList());
        NoteDetails all = details.of(note);
        NoteDetails shown = new NoteDetails(all.id(), all.version(), all.coupleId(), all.caseNumber(), all.couple(),
                all.individualWith(), all.sessionStart(), all.minutes(), all.template(), all.status(), all.content(),
                all.signedBy(), all.signedAt(), all.contentHash(), all.hashMatches(), all.addenda(),
                all.entryChoices().stream().filter(e -> entries.contains(e.id())).toList(),
                all.messageChoices().stream().filter(m -> messages.contains(m.id())).toList());
        int leftOut = note.getReviewedEntries().size() - entries.size() + note.getReviewedMessages().size() - messages.size();
        NotePdf.Note printed = NotePrintouts.note(shown, settings.timeZone());
        if (leftOut > 0) {
            List<NotePdf.Section> sections = new ArrayList<>(printed.sections());
            sections.add(new NotePdf.Section(Texts.get("pdf.leftOutTitle"), Texts.get("pdf.leftOut", leftOut)));
            printed = new NotePdf.Note(printed.title(), printed.facts(), sections, printed.signature(), printed.addenda());
        }
        audit.record(AuditAction.NOTE_EXPORTED, AuditOutcome.SUCCESS, note.getCouple().getId(), NOTE, noteId, "pdf for a record");
        return NotePdf.render(Texts.get("pdf.title", note.getCouple().getCaseNumber()), List.of(printed),
                NotePrint.placeholders(Texts::get));
    }

    /**
     * A couple's signed notes of sessions from {@code from} to {@code to} (inclusive, clinic
     * time), oldest first, as one PDF. Refused when there are none. Audited as
     * {@code NOTE_EXPORTED}.
     */
    public byte[] pdfForCouple(long coupleId, LocalDate from, LocalDate to) {
        Couple couple = guard.forReading(coupleId, callers.required(), AuditAction.NOTE_EXPORTED, CaseAccess.Level.CLINICAL);
        if (from == null || to == null || to.isBefore(from)) {
            throw Refusal.onField("exportTo", "note.exportRange");
        }
        ZoneId zone = settings.timeZone();
        List<SessionNote> notes = em.createQuery("""
                        select n from SessionNote n join fetch n.appointment
                        where n.couple = :couple and n.status = :signed and n.appointment.startsAt >= :from
                          and n.appointment.startsAt < :to
                        order by n.appointment.startsAt""", SessionNote.class)
                .setParameter("couple", couple)
                .setParameter("signed", NoteStatus.SIGNED)
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
        // the messages of the period are part of the record too: each conversation after the notes
        List<MessageRecords.ThreadRecord> threads = messageRecords.forRecord(couple.getId(), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        if (notes.isEmpty() && threads.isEmpty()) {
            throw Refusal.onField("exportTo", "note.exportNone");
        }
        long messages = threads.stream().mapToLong(t -> t.messages().size()).sum();
        audit.record(AuditAction.NOTE_EXPORTED, AuditOutcome.SUCCESS, couple.getId(), "COUPLE", couple.getId(),
                "pdf of " + notes.size() + " note(s) and " + messages + " message(s), " + from + " to " + to);
        List<NotePdf.Note> parts = new ArrayList<>(notes.stream().map(n -> NotePrintouts.note(details.of(n), zone)).toList());
        threads.forEach(t -> parts.add(NotePrintouts.conversation(couple.getCaseNumber(), t, zone)));
        return NotePdf.render(Texts.get("pdf.title", couple.getCaseNumber()), parts, NotePrint.placeholders(Texts::get));
    }

    /**
     * The attended sessions of the caller's couples that ended more than 72 hours ago without a signed note,
     * oldest first. Three statements, whatever the number of sessions. Audited as
     * {@code VIEW_APPOINTMENTS}, naming every couple shown.
     */
    public List<OverdueNote> overdue() {
        Caller caller = callers.required();
        ZoneId zone = settings.timeZone();
        List<Object[]> rows = em.createQuery("""
                        select a.id, c.id, c.caseNumber, p, a.startsAt, n.id, n.status
                        from Appointment a join a.couple c left join a.partner p left join SessionNote n on n.appointment = a
                        where c.therapist.account.id = :me and a.status = :attended and a.endsAt < :before
                          and (n.id is null or n.status <> :signed)
                        order by a.startsAt""", Object[].class)
                .setParameter("me", caller.userId())
                .setParameter("attended", AppointmentStatus.ATTENDED)
                .setParameter("before", Instant.now(clock).minus(OVERDUE_AFTER))
                .setParameter("signed", NoteStatus.SIGNED)
                .getResultList();
        List<OverdueNote> overdue = rows.stream().map(r -> new OverdueNote((Long) r[0], (Long) r[1], (String) r[2],
                r[3] == null ? null : ((Partner) r[3]).getCallName(), LocalDateTime.ofInstant((Instant) r[4], zone),
                (Long) r[5], (NoteStatus) r[6])).toList();
        audit.recordListing(AuditAction.VIEW_APPOINTMENTS, NOTE,
                overdue.stream().map(OverdueNote::coupleId).distinct().toList(), "notes overdue");
        return overdue;
    }

    // --- the parts

    private void write(SessionNote note, long expectedVersion, NoteForm form) {
        note.writeRefusal(expectedVersion).ifPresent(key -> {
            throw new Refusal(key);
        });
        NoteRules.Draft draft = form.draft();
        throwIfAny(NoteRules.problems(note.getTemplate(), draft));
        NoteContent content = NoteRules.content(note.getTemplate(), draft);
        Set<Long> entries = new HashSet<>(form.getEntries());
        if (!entries.isEmpty()) {
            long ofCouple = em.createQuery(
                            "select count(e) from HomeworkEntry e where e.id in :ids and e.couple = :couple", Long.class)
                    .setParameter("ids", entries)
                    .setParameter("couple", note.getCouple())
                    .getSingleResult();
            if (ofCouple != entries.size()) {
                throw Refusal.onField("entries", "note.entryNotFound");
            }
        }
        Set<Long> messages = new HashSet<>(form.getMessages());
        Partner individual = note.getAppointment().getPartner();
        if (messageRecords.countOfCouple(note.getCouple().getId(), individual == null ? null : individual.getId(), messages)
                != messages.size()) {
            throw Refusal.onField("messages", "note.messageNotFound");
        }
        note.write(content, entries, messages);
        // the content is written before anything else happens to the note (signing locks it)
        em.flush();
    }

    /** The problems in words for the page ({@link NoteRules}): nothing is written while there is one. */
    private static void throwIfAny(List<NoteRules.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream()
                    .map(p -> new InvalidInput.Problem(p.field(), Texts.get(p.key(), p.arguments().toArray()))).toList());
        }
    }

    /**
     * The caller's account, if the password is theirs; otherwise a refusal. A wrong password is
     * audited and counted toward the lockout on its own ({@link Reauthentication}); while the
     * account is locked nothing is accepted.
     */
    private UserAccount reauthenticated(char[] password, SessionNote note) {
        switch (reauthentication.check(password, AuditAction.NOTE_SIGN_FAILED, NOTE, note.getId())) {
            case CONFIRMED -> {
                return em.find(UserAccount.class, callers.required().userId());
            }
            case LOCKED -> throw Refusal.onField("password", "reauth.locked");
            default -> throw Refusal.onField("password", "note.wrongPassword");
        }
    }

    private SessionNote visible(long noteId, AuditAction action, boolean forChange) {
        Caller caller = callers.required();
        SessionNote note = forChange ? em.find(SessionNote.class, noteId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(SessionNote.class, noteId);
        if (note == null || CaseAccess.levelFor(caller, note.getCouple().accessFacts()) != CaseAccess.Level.CLINICAL) {
            audit.recordDenial(action, NOTE, noteId, "not visible or missing");
            throw new Refusal("note.notFound");
        }
        return note;
    }

    private Optional<SessionNote> noteOf(Appointment a) {
        return em.createQuery("select n from SessionNote n where n.appointment = :a", SessionNote.class)
                .setParameter("a", a)
                .getResultStream()
                .findFirst();
    }
}
