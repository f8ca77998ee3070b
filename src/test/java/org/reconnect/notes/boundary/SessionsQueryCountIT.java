package org.reconnect.notes.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.schedule.boundary.Appointments;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Statements;

import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar's week and the list of sessions without a signed note cost the same number of SQL
 * statements for a week with 5 sessions as for one with 50. Counted with Hibernate's statistics.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsQueryCountIT {

    private static final Logger LOG = Logger.getLogger(SessionsQueryCountIT.class.getName());

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(SessionsQueryCountIT.class);
    }

    @Test
    void calendarAndOverdueNotesCostTheSameFor5And50Sessions() throws Exception {
        LocalDate monday = LocalDate.now().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String few = therapistWithSessions(5, monday);
        String many = therapistWithSessions(50, monday);
        Statements.countedFor(few, () -> week(monday));

        long calendarFew = Statements.countedFor(few, () -> week(monday));
        long calendarMany = Statements.countedFor(many, () -> week(monday));
        long overdueFew = Statements.countedFor(few, this::overdue);
        long overdueMany = Statements.countedFor(many, this::overdue);

        LOG.info(() -> "statements: calendar week " + calendarFew + " (5 sessions) / " + calendarMany + " (50 sessions); "
                + "notes overdue " + overdueFew + " / " + overdueMany);
        assertEquals(calendarFew, calendarMany, "the calendar must not grow with the week's sessions");
        assertEquals(overdueFew, overdueMany, "the overdue list must not grow with the sessions");
        assertTrue(calendarMany <= 12, calendarMany + " statements for a week");
    }

    private void week(LocalDate monday) {
        int shown = Deployed.boundary(Appointments.class).calendar(monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay()).size();
        if (shown == 0) {
            throw new AssertionError("the week is empty");
        }
    }

    private void overdue() {
        if (Deployed.boundary(SessionNotes.class).overdue().isEmpty()) {
            throw new AssertionError("nothing overdue");
        }
    }

    /** A therapist with this many attended sessions without notes in the week of {@code monday}, two couples sharing them. */
    private static String therapistWithSessions(int count, LocalDate monday) throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("calendar"));
        TestCouple one = Fixtures.activeCouple(therapist);
        TestCouple two = Fixtures.activeCouple(therapist);
        long therapistId = Fixtures.therapistId(therapist);
        try (Connection connection = Deployed.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            for (int i = 0; i < count; i++) {
                long couple = i % 2 == 0 ? one.id() : two.id();
                String start = "TIMESTAMP('" + monday.plusDays(i % 7) + "', '" + String.format("%02d:00:00", 8 + i / 7) + "')";
                sql.executeUpdate("""
                        INSERT INTO appointment (couple_id, therapist_id, partner_id, modality, starts_at, ends_at, location,
                            status, created_at, created_by, changed_at, changed_by)
                        VALUES (%d, %d, NULL, 'IN_PERSON', %s, %s + INTERVAL 50 MINUTE, 'Room 9', 'ATTENDED', NOW(6), 'it', NOW(6), 'it')"""
                        .formatted(couple, therapistId, start, start));
            }
        }
        assertEquals(count, Deployed.number("SELECT COUNT(*) FROM appointment WHERE therapist_id = ?", therapistId));
        return therapist;
    }
}
