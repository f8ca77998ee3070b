package org.reconnect.reminders.boundary;

import org.reconnect.homework.boundary.HomeworkLog;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.testsupport.container.AssessmentFixtures;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.HomeworkFixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Inbox;
import org.reconnect.testsupport.container.RunAs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily digest reaches GreenMail through the real mail path: in the evening of the partner's
 * own time zone, once a day, never in the quiet hours, never to a partner who opted out. The
 * timer that drives it is persistent, kept in the application's database.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(RemindersIT.class);
    }

    private static int sendAt(Instant when) throws Exception {
        return RunAs.user("admin@demo.test", () -> Deployed.boundary(Reminders.class).sendDue(when));
    }

    @Test
    void eveningDigestOncePerDayRespectingOptOutAndQuietHours() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long moments = HomeworkFixtures.assign(Fixtures.HOMEWORK_THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);
        String title = Deployed.text("SELECT title FROM homework_assignment WHERE id = ?", moments);
        RunAs.user(c.email2(), () -> Deployed.boundary(HomeworkLog.class).setReminders(false));
        // a day no round of the real timer has reached yet, so only this test claims it
        LocalDate day = LocalDate.now(BERLIN).plusDays(40);
        int before = Inbox.count(c.email1());
        int before2 = Inbox.count(c.email2());

        sendAt(day.atTime(17, 30).atZone(BERLIN).toInstant());
        Inbox.staysAt(c.email1(), before, "nothing before the evening");
        assertTrue(sendAt(day.atTime(18, 30).atZone(BERLIN).toInstant()) >= 1);
        Inbox.awaitCount(c.email1(), before + 1);
        String digest = Inbox.newestText(c.email1());
        assertTrue(digest.contains(title) && digest.contains("0 of 1 done today"), digest);
        assertTrue(digest.contains("/portal/"), "the digest links to the portal");

        sendAt(day.atTime(19, 45).atZone(BERLIN).toInstant());
        sendAt(day.plusDays(1).atTime(22, 30).atZone(BERLIN).toInstant());
        sendAt(day.plusDays(2).atTime(3, 0).atZone(BERLIN).toInstant());
        Inbox.staysAt(c.email1(), before + 1, "once a day, and nothing in the quiet hours");
        Inbox.staysAt(c.email2(), before2, "partner 2 opted out");
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM reminder_sent WHERE partner_id = ?", c.partner1()));
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM reminder_sent WHERE partner_id = ?", c.partner2()));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'REMINDER_SENT' AND target_id = ?",
                String.valueOf(c.partner1())));

        assertTrue(Deployed.number("SELECT COUNT(*) FROM JBOSS_EJB_TIMER WHERE TIMED_OBJECT_ID LIKE '%Reminders%'") >= 1,
                "the timer is kept in the database, shared by every server");
    }

    @Test
    void theDigestNamesAQuestionnaireStillToAnswer() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long plan = AssessmentFixtures.assignOnce(Fixtures.HOMEWORK_THERAPIST, c.id(), "step-pulse", c.partner1(), false);
        LocalDate day = LocalDate.now(BERLIN).plusDays(41);
        int before = Inbox.count(c.email1());
        int before2 = Inbox.count(c.email2());

        assertTrue(sendAt(day.atTime(18, 15).atZone(BERLIN).toInstant()) >= 1);
        Inbox.awaitCount(c.email1(), before + 1);
        String digest = Inbox.newestText(c.email1());
        assertTrue(digest.contains("Questionnaire \"Step Pulse\": was due"), digest);
        Inbox.staysAt(c.email2(), before2, "nothing is due for partner 2");

        // once answered, it is no longer named
        AssessmentFixtures.submit(c.email1(), AssessmentFixtures.administration(plan, c.partner1()),
                java.util.Map.of("p1", 3, "p2", 3, "p3", 3));
        sendAt(day.plusDays(1).atTime(18, 15).atZone(BERLIN).toInstant());
        Inbox.staysAt(c.email1(), before + 1, "nothing left to remind of");
    }

    @Test
    void aRoundWaitsForAnotherOneLongerThanALockWaitThenSendsWhatIsStillDue() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        HomeworkFixtures.assign(Fixtures.HOMEWORK_THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);
        LocalDate day = LocalDate.now(BERLIN).plusDays(42);
        Instant at = day.atTime(18, 30).atZone(BERLIN).toInstant();
        int before = Inbox.count(c.email1());
        // another round (another server's) holds the round for 3 s, longer than a connection's 2 s lock wait
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> other = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (java.sql.Connection owner = Deployed.ownerDataSource().getConnection()) {
                owner.setAutoCommit(false);
                try (java.sql.Statement s = owner.createStatement()) {
                    s.executeQuery("SELECT name FROM scheduled_round WHERE name = 'reminders' FOR UPDATE").close();
                    held.countDown();
                    Thread.sleep(3_000);
                } finally {
                    owner.rollback();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(held.await(10, java.util.concurrent.TimeUnit.SECONDS), "the other round took the lock");
        long started = System.nanoTime();
        int sent = sendAt(at);
        long waited = (System.nanoTime() - started) / 1_000_000;
        other.get();
        assertTrue(sent >= 1, "the round sent what was due once the other one ended");
        assertTrue(waited >= 2_000, "the round waited for the other one: " + waited + " ms");
        Inbox.awaitCount(c.email1(), before + 1);
    }
}
