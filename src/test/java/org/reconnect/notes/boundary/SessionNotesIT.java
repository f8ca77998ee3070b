package org.reconnect.notes.boundary;

import jakarta.ejb.EJBAccessException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.couple.boundary.SafetyScreenings;
import org.reconnect.couple.entity.Screening;
import org.reconnect.messaging.boundary.Conversations;
import org.reconnect.messaging.boundary.MessageRow;
import org.reconnect.reminders.boundary.Reminders;
import org.reconnect.schedule.boundary.AppointmentForm;
import org.reconnect.schedule.boundary.AppointmentRow;
import org.reconnect.schedule.boundary.Appointments;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Submissions;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.IcsTimes;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Inbox;
import org.reconnect.testsupport.container.PdfText;
import org.reconnect.testsupport.container.RunAs;
import org.reconnect.testsupport.container.SessionFixtures;

import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Appointments and session notes through the real boundaries as real users: double-booking, the
 * safety gate, who sees which appointment, the draft conflict, signing with the password, a
 * signed note that neither the boundary nor SQL can change, addenda, what admins see, audit, the
 * PDF read back, the reminder 24 hours before, and bad input. Each test has a therapist of its own.
 */
@ExtendWith(ArquillianExtension.class)
class SessionNotesIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(SessionNotesIT.class);
    }

    private static Appointments appointments() {
        return Deployed.boundary(Appointments.class);
    }

    private static SessionNotes notes() {
        return Deployed.boundary(SessionNotes.class);
    }

    private static String newTherapist() throws Exception {
        return Fixtures.therapist(Fixtures.uniqueEmail("notes"));
    }

    @Test
    void aTherapistCannotBeDoubleBooked() throws Exception {
        String therapist = newTherapist();
        TestCouple one = Fixtures.activeCouple(therapist);
        TestCouple two = Fixtures.activeCouple(therapist);
        LocalDateTime ten = SessionFixtures.now().plusDays(2).withHour(10).withMinute(0);
        long first = SessionFixtures.book(therapist, one.id(), null, ten, 50);

        Refusal clash = assertThrows(Refusal.class, () -> SessionFixtures.book(therapist, two.id(), null, ten.plusMinutes(30), 50));
        assertEquals("appointment.doubleBooked", clash.getKey());
        assertEquals("startsAt", clash.getField());
        assertThrows(Refusal.class, () -> SessionFixtures.book(therapist, two.id(), two.partner1(), ten.minusMinutes(10), 120),
                "enclosing the other session");
        // back to back is fine, and a cancelled session frees its time
        long next = SessionFixtures.book(therapist, two.id(), null, ten.plusMinutes(50), 50);
        assertThrows(Refusal.class, () -> RunAs.user(therapist, () -> {
            appointments().move(next, 0, ten.plusMinutes(20), ten.plusMinutes(70));
            return null;
        }), "moving onto another session");
        RunAs.user(therapist, () -> appointments().mark(first, 0, AppointmentStatus.CANCELLED));
        SessionFixtures.book(therapist, two.id(), two.partner2(), ten, 50);
        assertEquals(2, Deployed.number("SELECT COUNT(*) FROM appointment WHERE therapist_id = ? AND status = 'SCHEDULED'",
                Fixtures.therapistId(therapist)));
    }

    @Test
    void noJointSessionWhileTheScreeningIsNotCleared() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        RunAs.user(therapist, () -> Deployed.boundary(SafetyScreenings.class)
                .record(c.partner2(), Screening.CONCERNS, LocalDate.now(), "Fear of the partner's reactions."));
        LocalDateTime start = SessionFixtures.now().plusDays(3);

        Refusal refused = assertThrows(Refusal.class, () -> SessionFixtures.book(therapist, c.id(), null, start, 50));
        assertEquals("appointment.jointBlocked", refused.getKey());
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM appointment WHERE couple_id = ?", c.id()));

        SessionFixtures.book(therapist, c.id(), c.partner2(), start, 50);
        SessionFixtures.book(therapist, c.id(), c.partner1(), start.plusHours(1), 50);
        assertEquals(2, Deployed.number("SELECT COUNT(*) FROM appointment WHERE couple_id = ?", c.id()));
    }

    @Test
    void aPartnerSeesJointSessionsAndTheirOwnIndividualOnes() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        LocalDateTime start = SessionFixtures.now().plusDays(4);
        long joint = SessionFixtures.book(therapist, c.id(), null, start, 50);
        long alone1 = SessionFixtures.book(therapist, c.id(), c.partner1(), start.plusHours(2), 50);
        long alone2 = SessionFixtures.book(therapist, c.id(), c.partner2(), start.plusHours(4), 50);

        assertEquals(Set.of(joint, alone1), ids(RunAs.user(c.email1(), () -> appointments().upcomingForMe())));
        assertEquals(Set.of(joint, alone2), ids(RunAs.user(c.email2(), () -> appointments().upcomingForMe())));
        // partners change nothing, and another couple sees none of it
        assertThrows(EJBAccessException.class, () -> RunAs.user(c.email1(), () -> appointments().edit(alone2)));
        TestCouple other = Fixtures.activeCouple(therapist);
        assertTrue(RunAs.user(other.email1(), () -> appointments().upcomingForMe()).isEmpty());
    }

    private static Set<Long> ids(List<AppointmentRow> rows) {
        return rows.stream().map(AppointmentRow::id).collect(Collectors.toSet());
    }

    @Test
    void twoTabsSavingTheSameDraftGiveTheSecondAConflictAndLoseNothing() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        long note = SessionFixtures.draftNote(therapist, c.id());
        long opened = RunAs.user(therapist, () -> notes().view(note)).version();

        RunAs.user(therapist, () -> notes().save(note, opened, SessionFixtures.soap("Tab one's text.")));
        Refusal conflict = assertThrows(Refusal.class,
                () -> RunAs.user(therapist, () -> notes().save(note, opened, SessionFixtures.soap("Tab two's text."))));

        assertEquals("note.conflict", conflict.getKey());
        assertEquals("Tab one's text.", Deployed.text("SELECT section_1 FROM session_note WHERE id = ?", note),
                "the first save stays; the second tab keeps its own text on its page");
    }

    @Test
    void signingNeedsThePasswordAndLocksTheNoteInTheDatabaseToo() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        long note = SessionFixtures.draftNote(therapist, c.id());
        long version = SessionFixtures.noteVersion(note);

        Refusal wrong = assertThrows(Refusal.class, () -> RunAs.user(therapist,
                () -> notes().sign(note, version, SessionFixtures.soap("They talked."), "not-my-password".toCharArray())));
        assertEquals("note.wrongPassword", wrong.getKey());
        assertEquals("DRAFT", Deployed.text("SELECT status FROM session_note WHERE id = ?", note));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_SIGN_FAILED' AND target_id = ?",
                String.valueOf(note)));
        // nobody else's password either, not even a colleague's valid one
        assertThrows(Refusal.class, () -> RunAs.user(therapist,
                () -> notes().sign(note, version, SessionFixtures.soap("They talked."), new char[0])));

        RunAs.user(therapist, () -> notes().sign(note, version, SessionFixtures.soap("They talked."), PASSWORD.toCharArray()));

        NoteDetails signed = RunAs.user(therapist, () -> notes().view(note));
        assertTrue(signed.isSigned());
        assertTrue(signed.hashMatches());
        assertEquals(64, signed.contentHash().length());
        assertTrue(signed.signedBy().contains(therapist));
        assertEquals("note.signed", assertThrows(Refusal.class, () -> RunAs.user(therapist,
                () -> notes().save(note, signed.version(), SessionFixtures.soap("Rewritten.")))).getKey());
        assertEquals("note.signed", assertThrows(Refusal.class, () -> RunAs.user(therapist,
                () -> notes().sign(note, signed.version(), SessionFixtures.soap("Rewritten."), PASSWORD.toCharArray()))).getKey());
        assertThrows(SQLException.class,
                () -> Deployed.update("UPDATE session_note SET section_1 = 'Rewritten by SQL.' WHERE id = ?", note));
        assertThrows(SQLException.class, () -> Deployed.update("UPDATE session_note SET status = 'DRAFT' WHERE id = ?", note));
        assertThrows(SQLException.class, () -> Deployed.update("DELETE FROM session_note WHERE id = ?", note));
        assertEquals("They talked.", Deployed.text("SELECT section_1 FROM session_note WHERE id = ?", note));
    }

    @Test
    void correctionsAreAddendaEachSignedOnItsOwn() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        long note = SessionFixtures.draftNote(therapist, c.id());
        assertEquals("note.addendumNeedsSigned", assertThrows(Refusal.class, () -> RunAs.user(therapist,
                () -> {
                    notes().addAddendum(note, "Too early.", PASSWORD.toCharArray(), Submissions.newKey());
                    return null;
                })).getKey());
        RunAs.user(therapist, () -> notes().sign(note, SessionFixtures.noteVersion(note), SessionFixtures.soap("They talked."),
                PASSWORD.toCharArray()));

        assertThrows(Refusal.class, () -> RunAs.user(therapist, () -> {
            notes().addAddendum(note, "Unsigned.", "wrong".toCharArray(), Submissions.newKey());
            return null;
        }));
        RunAs.user(therapist, () -> notes().addAddendum(note, "The session began ten minutes late.", PASSWORD.toCharArray(), Submissions.newKey()));
        RunAs.user(therapist, () -> notes().addAddendum(note, "Homework was set by e-mail afterwards.", PASSWORD.toCharArray(), Submissions.newKey()));

        NoteDetails view = RunAs.user(therapist, () -> notes().view(note));
        assertEquals(List.of("The session began ten minutes late.", "Homework was set by e-mail afterwards."),
                view.addenda().stream().map(NoteDetails.Addendum::text).toList());
        assertTrue(view.addenda().stream().allMatch(NoteDetails.Addendum::hashMatches));
        assertEquals("They talked.", view.content().getSection1(), "the note itself is unchanged");
        assertThrows(SQLException.class, () -> Deployed.update("UPDATE note_addendum SET text = 'x' WHERE note_id = ?", note));
        assertThrows(SQLException.class, () -> Deployed.update("DELETE FROM note_addendum WHERE note_id = ?", note));
    }

    @Test
    void adminsSeeThatANoteExistsNeverItsText() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        long note = SessionFixtures.draftNote(therapist, c.id());
        RunAs.user(therapist, () -> notes().sign(note, SessionFixtures.noteVersion(note), SessionFixtures.soap("Private words."),
                PASSWORD.toCharArray()));

        assertThrows(EJBAccessException.class, () -> RunAs.user("admin@demo.test", () -> notes().view(note)));
        assertThrows(EJBAccessException.class, () -> RunAs.user("admin@demo.test", () -> notes().pdf(note)));
        assertEquals("note.notFound", assertThrows(Refusal.class,
                () -> RunAs.user("director@demo.test", () -> notes().view(note))).getKey(), "an admin who is a therapist, not this couple's");
        assertEquals("note.notFound", assertThrows(Refusal.class,
                () -> RunAs.user("omar@demo.test", () -> notes().view(note))).getKey());
        assertThrows(EJBAccessException.class, () -> RunAs.user(c.email1(), () -> notes().view(note)), "partners never");

        List<AppointmentRow> seenByAdmin = RunAs.user("admin@demo.test", () -> appointments().forCouple(c.id()));
        assertEquals(1, seenByAdmin.size());
        assertEquals("SIGNED", seenByAdmin.get(0).noteStatus());
    }

    @Test
    void viewsAndExportsAreAuditedAndThePdfCarriesTheTextAndTheHash() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        long note = SessionFixtures.draftNote(therapist, c.id());
        RunAs.user(therapist, () -> notes().sign(note, SessionFixtures.noteVersion(note),
                SessionFixtures.soap("Alex named the flatmate feeling for the first time."), PASSWORD.toCharArray()));
        RunAs.user(therapist, () -> notes().addAddendum(note, "Sam asked to revisit this.", PASSWORD.toCharArray(), Submissions.newKey()));
        String hash = Deployed.text("SELECT content_hash FROM session_note WHERE id = ?", note);

        RunAs.user(therapist, () -> notes().view(note));
        byte[] one = RunAs.user(therapist, () -> notes().pdf(note));
        byte[] range = RunAs.user(therapist, () -> notes().pdfForCouple(c.id(), LocalDate.now().minusDays(1), LocalDate.now()));

        for (byte[] pdf : List.of(one, range)) {
            String text = text(pdf);
            assertTrue(text.contains("Alex named the flatmate feeling"), text);
            assertTrue(text.contains(hash), "the signature block names the hash: " + text);
            assertTrue(text.contains("Sam asked to revisit this."), text);
            assertTrue(text.contains("Electronically signed by"), text);
        }
        assertEquals("note.exportNone", assertThrows(Refusal.class, () -> RunAs.user(therapist,
                () -> notes().pdfForCouple(c.id(), LocalDate.now().minusYears(2), LocalDate.now().minusYears(1)))).getKey());
        assertEquals(1, audited(c, "VIEW_NOTE", therapist, "NOTE", note));
        assertEquals(1, audited(c, "NOTE_EXPORTED", therapist, "NOTE", note));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE couple_id = ? AND action = 'NOTE_EXPORTED'"
                + " AND target_type = 'COUPLE'", c.id()), "the range export");
        assertEquals(1, audited(c, "NOTE_SIGNED", therapist, "NOTE", note));
        assertEquals(1, audited(c, "ADDENDUM_SIGNED", therapist, "NOTE", note));
    }

    private static long audited(TestCouple c, String action, String actor, String type, long id) throws SQLException {
        return Deployed.number("""
                SELECT COUNT(*) FROM audit_event WHERE couple_id = ? AND action = ? AND actor = ? AND target_type = ?
                AND target_id = ?""", c.id(), action, actor, type, String.valueOf(id));
    }

    private static String text(byte[] pdf) {
        return PdfText.joined(pdf);
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        LocalDateTime start = SessionFixtures.now().plusDays(5);
        long before = Deployed.number("SELECT COUNT(*) FROM appointment WHERE couple_id = ?", c.id());

        AppointmentForm backwards = SessionFixtures.form(c.id(), null, start, 50);
        backwards.setEndsAt(start.minusMinutes(10));
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> RunAs.user(therapist, () -> appointments().book(backwards)));
        assertEquals("endsAt", invalid.getProblems().get(0).field());
        assertEquals("The end must be after the start.", invalid.getProblems().get(0).message());

        AppointmentForm script = SessionFixtures.form(c.id(), null, start, 50);
        script.setLocation("<script>alert(1)</script>");
        assertEquals("location", assertThrows(InvalidInput.class,
                () -> RunAs.user(therapist, () -> appointments().book(script))).getProblems().get(0).field());
        assertEquals(before, Deployed.number("SELECT COUNT(*) FROM appointment WHERE couple_id = ?", c.id()));

        // a discharged case takes no appointments
        TestCouple discharged = Fixtures.activeCouple(therapist);
        Deployed.update("UPDATE couple SET status = 'DISCHARGED' WHERE id = ?", discharged.id());
        assertEquals("case.readOnly", assertThrows(Refusal.class,
                () -> SessionFixtures.book(therapist, discharged.id(), null, start, 50)).getKey());

        // notes: 100,000 characters, and markup in every field
        long note = SessionFixtures.draftNote(therapist, c.id());
        long version = SessionFixtures.noteVersion(note);
        NoteForm huge = SessionFixtures.soap("x".repeat(100_000));
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> RunAs.user(therapist, () -> notes().save(note, version, huge)));
        assertEquals("section1", tooLong.getProblems().get(0).field());
        assertEquals("A field can have at most 10,000 characters; this one has 100,000.", tooLong.getProblems().get(0).message());
        NoteForm scripted = new NoteForm();
        String payload = "<img src=x onerror=alert(1)>";
        scripted.setSection1(payload);
        scripted.setSection2(payload);
        scripted.setSection3(payload);
        scripted.setSection4(payload);
        scripted.setInterventions(payload);
        scripted.setRiskLevel(org.reconnect.notes.entity.RiskLevel.LOW);
        scripted.setRiskText(payload);
        scripted.setNextHomework(payload);
        InvalidInput markup = assertThrows(InvalidInput.class, () -> RunAs.user(therapist, () -> notes().save(note, version, scripted)));
        assertEquals(Set.of("section1", "section2", "section3", "section4", "interventions", "riskText", "nextHomework"),
                markup.getProblems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet()));
        assertEquals(null, Deployed.text("SELECT section_1 FROM session_note WHERE id = ?", note));

        // another therapist's appointment and note behave like ones that do not exist
        long appointment = Deployed.number("SELECT appointment_id FROM session_note WHERE id = ?", note);
        String stranger = newTherapist();
        assertEquals("appointment.notFound", assertThrows(Refusal.class, () -> RunAs.user(stranger,
                () -> {
                    appointments().mark(appointment, 0, AppointmentStatus.NO_SHOW);
                    return null;
                })).getKey());
        assertEquals("appointment.notFound", assertThrows(Refusal.class,
                () -> RunAs.user(stranger, () -> appointments().edit(appointment))).getKey());
        assertEquals("note.notFound", assertThrows(Refusal.class,
                () -> RunAs.user(stranger, () -> notes().save(note, version, SessionFixtures.soap("Mine now.")))).getKey());
        assertFalse(RunAs.user(stranger, () -> notes().canStart(appointment)));
    }

    @Test
    void aReminderGoesOutADayBeforeToThePartnersOfTheSession() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        LocalDateTime start = SessionFixtures.now().plusDays(20);
        Inbox.awaitCount(c.email1(), 1);   // the portal invitation of the new case
        SessionFixtures.book(therapist, c.id(), c.partner1(), start, 50);
        Inbox.awaitCount(c.email1(), 2);   // and the booking's own e-mail, with its calendar invitation
        int before1 = Inbox.count(c.email1());
        int before2 = Inbox.count(c.email2());

        Instant early = start.minusHours(30).toInstant(java.time.ZoneOffset.UTC);
        Instant dayBefore = start.minusHours(23).toInstant(java.time.ZoneOffset.UTC);
        RunAs.user("admin@demo.test", () -> Deployed.boundary(Reminders.class).sendDue(early));
        Inbox.staysAt(c.email1(), before1, "not 30 hours ahead");
        RunAs.user("admin@demo.test", () -> Deployed.boundary(Reminders.class).sendDue(dayBefore));
        RunAs.user("admin@demo.test", () -> Deployed.boundary(Reminders.class).sendDue(dayBefore.plusSeconds(900)));
        Inbox.awaitCount(c.email1(), before1 + 1);
        assertTrue(Inbox.newestText(c.email1()).contains("a reminder of your session"), Inbox.newestText(c.email1()));
        Inbox.staysAt(c.email1(), before1 + 1, "once");
        Inbox.staysAt(c.email2(), before2, "an individual session of the other partner");
    }

    @Test
    void aPartnerGetsTheSessionIntoTheirCalendarAndOutAgainInTheirOwnZone() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // each partner's portal invitation of the new case first
        Inbox.awaitCount(c.email1(), 1);
        Inbox.awaitCount(c.email2(), 1);
        int base1 = Inbox.count(c.email1());
        int base2 = Inbox.count(c.email2());
        Deployed.update("UPDATE partner SET time_zone = ? WHERE id = ?", newYork.getId(), c.partner1());
        Deployed.update("UPDATE partner SET time_zone = ? WHERE id = ?", berlin.getId(), c.partner2());
        // the Friday before New York's next daylight-saving change, at 10:00 there; then moved to the Monday after it
        Instant change = newYork.getRules().nextTransition(Instant.now().plus(java.time.Duration.ofDays(2))).getInstant();
        LocalDate sunday = change.atZone(newYork).toLocalDate();
        ZonedDateTime friday = sunday.minusDays(2).atTime(10, 0).atZone(newYork);
        ZonedDateTime monday = sunday.plusDays(1).atTime(10, 0).atZone(newYork);
        long joint = SessionFixtures.book(therapist, c.id(), null, LocalDateTime.ofInstant(friday.toInstant(), ZoneOffset.UTC), 50);

        Inbox.Attached booked = Inbox.newestCalendar(c.email1(), base1 + 1);
        assertEquals("Your session is booked", booked.subject());
        assertTrue(booked.contentType().toLowerCase(Locale.ROOT).contains("method=request"), booked.contentType());
        VEvent invited = onlyEvent(booked.text(), "REQUEST");
        String uid = property(invited, "UID");
        assertEquals(friday.toInstant(), IcsTimes.startOf(invited));
        assertTrue(booked.text().contains("DTSTART;TZID=America/New_York:" + friday.format(ICS)), booked.text());
        assertEquals("mailto:" + c.email1(), property(invited, "ATTENDEE"));
        assertTrue(booked.body().contains("10:00 (America/New_York)"), booked.body());
        // the other partner, in Berlin: the same session, at its hour there
        VEvent berlinCopy = onlyEvent(Inbox.newestCalendar(c.email2(), base2 + 1).text(), "REQUEST");
        assertEquals(uid, property(berlinCopy, "UID"));
        assertEquals(friday.toInstant(), IcsTimes.startOf(berlinCopy));
        assertEquals("Europe/Berlin", berlinCopy.getDateTimeStart().getParameter("TZID").map(p -> p.getValue()).orElse(""));

        // moved across the change: the same UID, a higher SEQUENCE, still 10:00 in New York (an hour later in UTC)
        long version = Deployed.number("SELECT version FROM appointment WHERE id = ?", joint);
        AppointmentForm moved = SessionFixtures.form(c.id(), null, LocalDateTime.ofInstant(monday.toInstant(), ZoneOffset.UTC), 50);
        RunAs.user(therapist, () -> {
            appointments().change(joint, version, moved);
            return null;
        });
        Inbox.Attached changed = Inbox.newestCalendar(c.email1(), base1 + 2);
        assertEquals("Your session has changed", changed.subject());
        VEvent movedEvent = onlyEvent(changed.text(), "REQUEST");
        assertEquals(uid, property(movedEvent, "UID"));
        assertTrue(Integer.parseInt(property(movedEvent, "SEQUENCE")) > Integer.parseInt(property(invited, "SEQUENCE")));
        assertTrue(changed.text().contains("DTSTART;TZID=America/New_York:" + monday.format(ICS)), changed.text());
        assertEquals(monday.toInstant(), IcsTimes.startOf(movedEvent));

        // cancelled: METHOD:CANCEL under the same UID, so the calendar takes it away
        long after = Deployed.number("SELECT version FROM appointment WHERE id = ?", joint);
        RunAs.user(therapist, () -> {
            appointments().mark(joint, after, AppointmentStatus.CANCELLED);
            return null;
        });
        Inbox.Attached cancelled = Inbox.newestCalendar(c.email1(), base1 + 3);
        assertEquals("Your session is cancelled", cancelled.subject());
        VEvent withdrawn = onlyEvent(cancelled.text(), "CANCEL");
        assertEquals(uid, property(withdrawn, "UID"));
        assertEquals("CANCELLED", property(withdrawn, "STATUS"));
        assertTrue(Integer.parseInt(property(withdrawn, "SEQUENCE")) > Integer.parseInt(property(movedEvent, "SEQUENCE")));
        Inbox.awaitCount(c.email2(), base2 + 3);

        // an individual session is the business of the partner it is for
        SessionFixtures.book(therapist, c.id(), c.partner1(), LocalDateTime.ofInstant(monday.toInstant(), ZoneOffset.UTC), 50);
        Inbox.newestCalendar(c.email1(), base1 + 4);
        Thread.sleep(600);
        List<String> subjects = Inbox.texts(c.email2()).stream().map(t -> t.lines().findFirst().orElse("")).toList();
        assertEquals(List.of("Your session is booked", "Your session has changed", "Your session is cancelled"),
                subjects.subList(base2, subjects.size()), "nothing about an individual session of the other partner");

        // a session already over (booked to write its note) and marking it attended tell nobody; a partner who
        // turned reminder e-mails off gets none of these either
        Deployed.update("UPDATE partner SET reminders_opt_out = TRUE WHERE id = ?", c.partner2());
        long past = SessionFixtures.book(therapist, c.id(), null, SessionFixtures.now().minusHours(3), 50);
        SessionFixtures.attended(therapist, past);
        SessionFixtures.book(therapist, c.id(), null, LocalDateTime.ofInstant(monday.plusDays(1).toInstant(), ZoneOffset.UTC), 50);
        assertEquals("Your session is booked", Inbox.newestCalendar(c.email1(), base1 + 5).subject(), "partner 1: the joint session ahead");
        Inbox.staysAt(c.email1(), base1 + 5, "nothing for a session already over");
        Inbox.staysAt(c.email2(), base2 + 3, "partner 2 turned reminder e-mails off");
    }

    private static final java.time.format.DateTimeFormatter ICS = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private static VEvent onlyEvent(String text, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertEquals(method, calendar.<Property>getProperty("METHOD").map(Property::getValue).orElse(null));
        List<VEvent> events = calendar.getComponents(Component.VEVENT).stream().map(VEvent.class::cast).toList();
        assertEquals(1, events.size(), text);
        return events.get(0);
    }

    private static String property(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void onlyTheTemplatesTheClinicOffersCanBeUsed() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        long appointment = SessionFixtures.book(therapist, c.id(), null, SessionFixtures.now().minusHours(5), 50);
        SessionFixtures.attended(therapist, appointment);
        ClinicSettings settings = Deployed.boundary(ClinicSettings.class);
        ClinicSettings.Values before = RunAs.user("admin@demo.test", settings::values);
        try {
            RunAs.user("admin@demo.test", () -> settings.change(EnumSet.of(NoteTemplate.SOAP, NoteTemplate.DAP), "UTC",
                    before.templatesVersion(), before.zoneVersion()));
            assertEquals("note.templateNotOffered", assertThrows(Refusal.class,
                    () -> RunAs.user(therapist, () -> notes().start(appointment, NoteTemplate.BIRP))).getKey());
            assertThrows(EJBAccessException.class, () -> RunAs.user(therapist, () -> {
                settings.change(EnumSet.allOf(NoteTemplate.class), "UTC", 0, 0);
                return null;
            }), "therapists do not change settings");
            assertThrows(InvalidInput.class, () -> RunAs.user("admin@demo.test", () -> {
                ClinicSettings.Values now = settings.values();
                settings.change(EnumSet.noneOf(NoteTemplate.class), "UTC", now.templatesVersion(), now.zoneVersion());
                return null;
            }), "at least one template");
            long note = RunAs.user(therapist, () -> notes().start(appointment, NoteTemplate.DAP));
            assertEquals("DAP", Deployed.text("SELECT template FROM session_note WHERE id = ?", note));
        } finally {
            RunAs.user("admin@demo.test", () -> {
                ClinicSettings.Values now = settings.values();
                settings.change(before.templates(), before.timeZone(), now.templatesVersion(), now.zoneVersion());
                return null;
            });
        }
    }

    @Test
    void reassigningOrDischargingCancelsTheSessionsBookedAhead() throws Exception {
        String first = newTherapist();
        String second = newTherapist();
        TestCouple c = Fixtures.activeCouple(first);
        LocalDateTime ahead = SessionFixtures.now().plusDays(6);
        long booked = SessionFixtures.book(first, c.id(), null, ahead, 50);
        long past = SessionFixtures.book(first, c.id(), null, SessionFixtures.now().minusHours(3), 50);
        SessionFixtures.attended(first, past);

        RunAs.user("admin@demo.test", () -> Deployed.boundary(org.reconnect.couple.boundary.Assignments.class)
                .assign(c.id(), null, Fixtures.therapistId(second), "Therapist on leave", true));

        assertEquals("CANCELLED", Deployed.text("SELECT status FROM appointment WHERE id = ?", booked));
        assertEquals("ATTENDED", Deployed.text("SELECT status FROM appointment WHERE id = ?", past), "the past stays");
        assertTrue(RunAs.user(first, () -> appointments().calendar(ahead.minusDays(7), ahead.plusDays(1))).isEmpty(),
                "the former therapist's calendar no longer shows the couple");
        assertTrue(RunAs.user(second, () -> notes().canStart(past)), "the new therapist writes the note of the attended session");
        // the new therapist books in the freed slot, and a discharge cancels again
        long rebooked = SessionFixtures.book(second, c.id(), null, ahead, 50);
        RunAs.user(second, () -> Deployed.boundary(org.reconnect.couple.boundary.CaseStatusChanges.class)
                .change(c.id(), null, org.reconnect.couple.entity.CaseStatus.DISCHARGED, "Goals reached",
                        org.reconnect.couple.entity.PortalAfterClose.READ_ONLY));
        assertEquals("CANCELLED", Deployed.text("SELECT status FROM appointment WHERE id = ?", rebooked));
    }

    @Test
    void theNoteOffersTheEntriesSinceThePreviousSessionByHomeworkAndOlderOnesApart() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        long previous = SessionFixtures.book(therapist, c.id(), null, SessionFixtures.now().minusDays(10), 50);
        SessionFixtures.attended(therapist, previous);
        long kindness = org.reconnect.testsupport.container.HomeworkFixtures.assign(therapist, c.id(),
                org.reconnect.homework.entity.HomeworkType.KINDNESS_PRACTICE, null, org.reconnect.homework.entity.Visibility.SHARED);
        org.reconnect.homework.boundary.HomeworkLog log = Deployed.boundary(org.reconnect.homework.boundary.HomeworkLog.class);
        org.reconnect.homework.boundary.EntryForm form = new org.reconnect.homework.boundary.EntryForm();
        form.setAssignmentId(kindness);
        form.setText("Made tea.");
        long older = RunAs.user(c.email1(), () -> log.log(form));
        long recent = RunAs.user(c.email2(), () -> log.log(form));
        // the second logged on the day of the session (in the clinic's zone: near midnight the couple's
        // own day may already be the next), the first twelve days before, before the previous session
        LocalDate sessionDay = SessionFixtures.now().minusHours(2).toLocalDate();
        Deployed.update("UPDATE homework_entry SET logged_for = ? WHERE id = ?", sessionDay, recent);
        Deployed.update("UPDATE homework_entry SET logged_for = ? WHERE id = ?", sessionDay.minusDays(12), older);
        long note = SessionFixtures.draftNote(therapist, c.id());

        List<NoteDetails.EntryChoice> choices = RunAs.user(therapist, () -> notes().view(note)).entryChoices();

        NoteDetails.EntryChoice before = choices.stream().filter(e -> e.id() == older).findFirst().orElseThrow();
        NoteDetails.EntryChoice since = choices.stream().filter(e -> e.id() == recent).findFirst().orElseThrow();
        assertFalse(before.sincePrevious(), "logged before the previous session: shown on request only");
        assertTrue(since.sincePrevious(), "logged since the previous session: shown at once");
        String title = Deployed.text("SELECT title FROM homework_assignment WHERE id = ?", kindness);
        assertEquals(title, since.homework(), "grouped by its homework");
        assertFalse(since.label().contains(title), "the label names the day and the partner, the group the homework");
    }

    @Test
    void aMessageReviewedInSessionIsNamedByTheNoteMarkedInItsThreadAndTheRecordHoldsTheConversations() throws Exception {
        String therapist = newTherapist();
        TestCouple c = Fixtures.activeCouple(therapist);
        TestCouple other = Fixtures.activeCouple(therapist);
        Conversations conversations = Deployed.boundary(Conversations.class);
        long joint = RunAs.user(therapist, () -> conversations.forCouple(c.id())).get(0).id();
        long threadA = Deployed.number("SELECT id FROM message_thread WHERE couple_id = ? AND partner_id = ?", c.id(), c.partner1());
        long otherJoint = RunAs.user(therapist, () -> conversations.forCouple(other.id())).get(0).id();
        long asked = RunAs.user(c.email1(), () -> conversations.send(threadA, "Can we talk about the weekend fight?", key()));
        long mistake = RunAs.user(c.email2(), () -> conversations.send(joint, "Sent by mistake", key()));
        RunAs.user(c.email2(), () -> {
            conversations.withdraw(mistake, 0);
            return null;
        });
        long foreign = RunAs.user(other.email1(), () -> conversations.send(otherJoint, "Not theirs at all", key()));

        long note = SessionFixtures.draftNote(therapist, c.id());
        NoteDetails draft = RunAs.user(therapist, () -> notes().view(note));
        assertEquals(List.of(asked), draft.messageChoices().stream().map(NoteDetails.MessageChoice::id).toList(),
                "the couple's messages since the previous session, withdrawn ones left out");
        String label = draft.messageChoices().get(0).label();
        assertTrue(label.contains("Robin alone") && label.contains("Can we talk about the weekend"), label);

        NoteForm form = SessionFixtures.soap("Talked about the weekend.");
        form.setMessages(List.of(asked, foreign));
        assertEquals("note.messageNotFound", assertThrows(Refusal.class,
                () -> RunAs.user(therapist, () -> notes().save(note, SessionFixtures.noteVersion(note), form))).getKey(),
                "another couple's message is not this note's to name");
        form.setMessages(List.of(asked));
        RunAs.user(therapist, () -> notes().save(note, SessionFixtures.noteVersion(note), form));
        MessageRow inThread = RunAs.user(therapist, () -> conversations.open(threadA)).messages().get(0);
        assertEquals(note, inThread.review().noteId());
        assertFalse(inThread.review().signed());
        assertEquals(null, RunAs.user(c.email1(), () -> conversations.open(threadA)).messages().get(0).review(),
                "the partner is not shown the therapist's note");

        RunAs.user(therapist, () -> {
            notes().sign(note, SessionFixtures.noteVersion(note), form, PASSWORD.toCharArray());
            return null;
        });
        assertTrue(RunAs.user(therapist, () -> conversations.open(threadA)).messages().get(0).review().signed());
        NoteDetails signed = RunAs.user(therapist, () -> notes().view(note));
        assertTrue(signed.hashMatches());
        assertEquals(List.of(label), signed.getReviewedMessages());
        assertThrows(Exception.class, () -> Deployed.update("DELETE FROM session_note_message WHERE note_id = ?", note),
                "a signed note's reviewed messages are fixed");
        assertThrows(Exception.class, () -> Deployed.update(
                "INSERT INTO session_note_message (note_id, message_id) VALUES (?, ?)", note, mistake));

        String record = text(RunAs.user(therapist, () -> notes().pdfForCouple(c.id(), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(1))));
        assertTrue(record.contains("Talked about the weekend."), record);
        assertTrue(record.contains("Messages reviewed in this session"), record);
        assertTrue(record.contains("Can we talk about the weekend fight?"), "the conversation itself: " + record);
        assertTrue(record.contains("Sent by mistake") && record.contains("Withdrawn by its author"),
                "a withdrawn message is in the record, marked: " + record);
        assertFalse(record.contains("Not theirs at all"), "never another couple's");
    }

    private static String key() {
        return "review-" + java.util.UUID.randomUUID();
    }
}
