package org.reconnect.program.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.HomeworkFixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.sql.Connection;
import java.sql.PreparedStatement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Moving a couple through the nine steps, the suggestion to move on and why, and who sees what of it. */
@ExtendWith(ArquillianExtension.class)
class ProgramIT {

    private static final String THERAPIST = Fixtures.HOMEWORK_THERAPIST;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(ProgramIT.class);
    }

    private static Program program() {
        return Deployed.boundary(Program.class);
    }

    private static long version(long couple) throws Exception {
        return Deployed.number("SELECT version FROM couple WHERE id = ?", couple);
    }

    private static void move(long couple, int step, String comment) throws Exception {
        long version = version(couple);
        RunAs.user(THERAPIST, () -> program().moveTo(couple, version, step, comment));
    }

    private static ProgramDetails view(String who, long couple) throws Exception {
        return RunAs.user(who, () -> program().view(couple)).orElse(null);
    }

    /** Micro-moments logged by each partner over the last {@code days} days, straight into the table. */
    private static void logMoments(TestCouple c, int perPartner, int days) throws Exception {
        long assignment = Deployed.number("SELECT id FROM homework_assignment WHERE couple_id = ? AND type = 'MICRO_MOMENT_LOG'", c.id());
        try (Connection connection = Deployed.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, occurred_at,
                                                 bid_by, bid_kind, response, created_at, created_by, changed_at, changed_by)
                     VALUES (?, ?, ?, 'MICRO_MOMENT_LOG', CURRENT_DATE - INTERVAL ? DAY,
                             DATE_FORMAT(CURRENT_DATE - INTERVAL ? DAY, '%Y-%m-%d'), NOW(6), 'ME', 'JOKE', 'TURNED_TOWARD',
                             NOW(6), 'it', NOW(6), 'it')""")) {
            for (long partner : new long[]{c.partner1(), c.partner2()}) {
                for (int i = 0; i < perPartner; i++) {
                    insert.setLong(1, assignment);
                    insert.setLong(2, c.id());
                    insert.setLong(3, partner);
                    insert.setInt(4, i % days);
                    insert.setInt(5, i % days);
                    insert.executeUpdate();
                }
            }
        }
    }

    @Test
    void theTherapistMovesOnWhenTheCriteriaAreMetAndMayGoBack() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        assertNull(view(THERAPIST, c.id()).currentStep(), "not started");

        move(c.id(), 4, "Ready for micro-moments.");
        HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);
        ProgramDetails onFour = view(THERAPIST, c.id());
        assertEquals(4, onFour.currentStep());
        assertFalse(onFour.readyToMoveOn());
        assertEquals(0, onFour.checks().get(0).partner1());

        logMoments(c, 9, 14);
        assertFalse(view(THERAPIST, c.id()).readyToMoveOn(), "nine each is not yet ten");
        logMoments(c, 1, 14);
        ProgramDetails ready = view(THERAPIST, c.id());
        assertTrue(ready.readyToMoveOn(), "ten each in 14 days");
        assertEquals(5, ready.getSuggestedStep());
        assertEquals(10, ready.checks().get(0).partner1());
        assertEquals(10, ready.checks().get(0).partner2());

        move(c.id(), 5, null);
        move(c.id(), 4, "Slipped back; revisit the bids.");
        ProgramDetails back = view(THERAPIST, c.id());
        assertEquals(4, back.currentStep());
        assertEquals(3, back.timeline().size(), "a revisited step appears again");
        assertTrue(back.timeline().get(0).isCurrent());
        assertEquals("Slipped back; revisit the bids.", back.timeline().get(0).comment());
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM couple_step WHERE couple_id = ? AND completed_on IS NULL", c.id()));
    }

    @Test
    void staleSameOrOutOfRangeMovesAreRefused() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long stale = version(c.id());
        move(c.id(), 1, null);

        assertEquals("edit.conflict", assertThrows(Refusal.class,
                () -> RunAs.user(THERAPIST, () -> program().moveTo(c.id(), stale, 2, null))).getKey());
        assertEquals("program.sameStep", assertThrows(Refusal.class, () -> move(c.id(), 1, null)).getKey());
        assertEquals("program.stepRange", assertThrows(Refusal.class, () -> move(c.id(), 10, null)).getKey());
        assertEquals("case.notFound", assertThrows(Refusal.class,
                () -> RunAs.user("omar@demo.test", () -> program().moveTo(c.id(), null, 2, null))).getKey());
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM couple_step WHERE couple_id = ?", c.id()));
    }

    @Test
    void partnersAndAdminsSeeTheStepsButNotTheTherapistsComments() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        move(c.id(), 1, "Clinical impression: avoidant.");
        move(c.id(), 2, null);

        ProgramDetails mine = RunAs.user(c.email1(), () -> program().mine()).orElseThrow();
        assertEquals(2, mine.currentStep());
        assertEquals(2, mine.timeline().size(), "past steps stay readable");
        assertTrue(mine.timeline().stream().allMatch(s -> s.comment() == null));

        ProgramDetails admin = view("admin@demo.test", c.id());
        assertEquals(2, admin.currentStep());
        assertTrue(admin.timeline().stream().allMatch(s -> s.comment() == null));
        assertNull(view("omar@demo.test", c.id()), "another therapist's couple is like a missing one");
    }
}
