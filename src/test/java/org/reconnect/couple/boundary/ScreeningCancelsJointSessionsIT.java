package org.reconnect.couple.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.couple.entity.Screening;
import org.reconnect.reminders.boundary.Reminders;
import org.reconnect.schedule.boundary.AppointmentRow;
import org.reconnect.schedule.boundary.Appointments;
import org.reconnect.schedule.entity.CancelReason;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Inbox;
import org.reconnect.testsupport.container.RunAs;
import org.reconnect.testsupport.container.SessionFixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A screening that raises concerns after joint sessions were booked cancels, in the same
 * transaction, every joint session booked ahead (individual ones and past ones stay): neither
 * partner's portal shows it, the calendar says why it was cancelled, and the reminder round
 * sends nothing for it. The therapist learns what was cancelled; the cancellation is audited.
 */
@ExtendWith(ArquillianExtension.class)
class ScreeningCancelsJointSessionsIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(ScreeningCancelsJointSessionsIT.class);
    }

    private static Appointments appointments() {
        return Deployed.boundary(Appointments.class);
    }

    private static String status(long appointment) throws Exception {
        return Deployed.text("SELECT CONCAT(status, '/', COALESCE(cancel_reason, '-')) FROM appointment WHERE id = ?", appointment);
    }

    @Test
    void concernsCancelTheJointSessionsBookedAheadAndTheirReminders() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("screening-cancels"));
        TestCouple c = Fixtures.activeCouple(therapist);
        long pastNote = SessionFixtures.draftNote(therapist, c.id());
        long past = Deployed.number("SELECT appointment_id FROM session_note WHERE id = ?", pastNote);
        LocalDateTime soon = SessionFixtures.now().plusDays(20);
        long jointSoon = SessionFixtures.book(therapist, c.id(), null, soon, 50);
        long jointLater = SessionFixtures.book(therapist, c.id(), null, soon.plusDays(7), 50);
        long alone = SessionFixtures.book(therapist, c.id(), c.partner1(), soon.plusDays(1), 50);
        // each partner's portal invitation, and the bookings' own e-mails (the two joint sessions to both,
        // the individual one to partner 1)
        Inbox.awaitCount(c.email1(), 1 + 3);
        Inbox.awaitCount(c.email2(), 1 + 2);
        int mails1 = Inbox.count(c.email1());
        int mails2 = Inbox.count(c.email2());

        List<Instant> cancelled = RunAs.user(therapist, () -> Deployed.boundary(SafetyScreenings.class)
                .record(c.partner2(), Screening.CONCERNS, LocalDate.now(), "Afraid of the partner's reactions."));

        assertEquals(List.of(soon.toInstant(ZoneOffset.UTC), soon.plusDays(7).toInstant(ZoneOffset.UTC)), cancelled,
                "the therapist is told which sessions were cancelled");
        assertEquals("CANCELLED/" + CancelReason.SAFETY_SCREENING, status(jointSoon));
        assertEquals("CANCELLED/" + CancelReason.SAFETY_SCREENING, status(jointLater));
        assertEquals("SCHEDULED/-", status(alone), "individual sessions stay");
        assertEquals("ATTENDED/-", status(past), "past sessions stay");
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM session_note WHERE id = ?", pastNote), "and their notes");
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'APPOINTMENT_CHANGED'"
                + " AND couple_id = ? AND detail LIKE '%safety screening%'", c.id()), "the cancellation is audited");

        // each partner's portal
        List<AppointmentRow> partner1 = RunAs.user(c.email1(), () -> appointments().upcomingForMe());
        List<AppointmentRow> partner2 = RunAs.user(c.email2(), () -> appointments().upcomingForMe());
        assertEquals(List.of(alone), partner1.stream().map(AppointmentRow::id).toList(), "partner 1: only their own session");
        assertTrue(partner2.isEmpty(), "partner 2: nothing together any more");

        // the therapist's calendar shows it cancelled, and why
        AppointmentRow inCalendar = RunAs.user(therapist, () -> appointments().calendar(soon.minusDays(1), soon.plusDays(1)))
                .stream().filter(r -> r.id() == jointSoon).findFirst().orElseThrow();
        assertEquals(CancelReason.SAFETY_SCREENING, inCalendar.cancelReason());
        assertFalse(inCalendar.isScheduled());

        // the reminder round a day before sends nothing for the cancelled joint session
        Instant dayBefore = soon.minusHours(23).toInstant(ZoneOffset.UTC);
        RunAs.user("admin@demo.test", () -> Deployed.boundary(Reminders.class).sendDue(dayBefore));
        Inbox.staysAt(c.email1(), mails1, "no reminder of a cancelled session");
        Inbox.staysAt(c.email2(), mails2, "no reminder of a cancelled session");
        assertNull(Deployed.text("SELECT CAST(reminder_sent_at AS CHAR) FROM appointment WHERE id = ?", jointSoon));
    }

    @Test
    void aClearedScreeningCancelsNothing() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("screening-clear"));
        TestCouple c = Fixtures.activeCouple(therapist);
        long joint = SessionFixtures.book(therapist, c.id(), null, SessionFixtures.now().plusDays(3), 50);

        List<Instant> cancelled = RunAs.user(therapist, () -> Deployed.boundary(SafetyScreenings.class)
                .record(c.partner1(), Screening.CLEARED, LocalDate.now(), null));

        assertTrue(cancelled.isEmpty());
        assertEquals("SCHEDULED/-", status(joint));
    }

    @Test
    void recordingNotScreenedMakesNoRecord() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("screening-none"));
        TestCouple c = Fixtures.activeCouple(therapist);
        String before = Deployed.text("SELECT CONCAT(screening, '/', COALESCE(screened_by, '-')) FROM partner WHERE id = ?", c.partner1());

        org.reconnect.shared.boundary.Refusal refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.reconnect.shared.boundary.Refusal.class, () -> RunAs.user(therapist, () -> Deployed.boundary(SafetyScreenings.class)
                        .record(c.partner1(), Screening.NOT_SCREENED, LocalDate.now(), null)));

        assertEquals("screening.required", refused.getKey());
        assertEquals(before, Deployed.text("SELECT CONCAT(screening, '/', COALESCE(screened_by, '-')) FROM partner WHERE id = ?",
                c.partner1()));
    }
}
