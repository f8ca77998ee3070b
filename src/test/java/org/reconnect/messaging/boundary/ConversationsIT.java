package org.reconnect.messaging.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.couple.boundary.CaseStatusChanges;
import org.reconnect.couple.boundary.SafetyScreenings;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.PortalAfterClose;
import org.reconnect.couple.entity.Screening;
import org.reconnect.homework.boundary.HomeworkLog;
import org.reconnect.messaging.control.ThreadAccess;
import org.reconnect.reminders.boundary.Reminders;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Inbox;
import org.reconnect.testsupport.container.RunAs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A couple's threads through the boundary: what one partner tells the therapist alone never
 * reaches the other; sending is idempotent; bad text stores nothing; a blocked screening closes the
 * joint thread only; a discharged case's threads stay readable and take nothing new; a withdrawn
 * message keeps its text on record, which the database will not let anyone change or remove.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationsIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(ConversationsIT.class);
    }

    private static Conversations conversations() {
        return Deployed.boundary(Conversations.class);
    }

    private static MessageInbox inbox() {
        return Deployed.boundary(MessageInbox.class);
    }

    private static String key() {
        return "it-" + UUID.randomUUID();
    }

    private record World(String therapist, TestCouple couple, long joint, long threadA, long threadB) {
    }

    private static World world() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("messaging"));
        TestCouple c = Fixtures.activeCouple(therapist);
        List<ThreadSummary> threads = RunAs.user(therapist, () -> conversations().forCouple(c.id()));
        assertEquals(3, threads.size(), "the joint thread and one per partner, made when first needed");
        assertTrue(threads.get(0).joint());
        return new World(therapist, c, threads.get(0).id(),
                Deployed.number("SELECT id FROM message_thread WHERE couple_id = ? AND partner_id = ?", c.id(), c.partner1()),
                Deployed.number("SELECT id FROM message_thread WHERE couple_id = ? AND partner_id = ?", c.id(), c.partner2()));
    }

    private static long messages(long thread) throws Exception {
        return Deployed.number("SELECT COUNT(*) FROM message WHERE thread_id = ?", thread);
    }

    @Test
    void whatAPartnerWritesToTheTherapistAloneNeverReachesTheOtherPartner() throws Exception {
        World w = world();
        RunAs.user(w.couple().email1(), () -> conversations().send(w.threadA(), "Only for you:\nI feel alone.", key()));

        List<ThreadSummary> bSees = RunAs.user(w.couple().email2(), () -> conversations().mine());
        assertEquals(List.of(w.joint(), w.threadB()), bSees.stream().map(ThreadSummary::id).toList(), "the joint thread and B's own");
        assertTrue(bSees.stream().allMatch(t -> t.unread() == 0 && t.messages() == 0));
        Refusal refused = assertThrows(Refusal.class, () -> RunAs.user(w.couple().email2(), () -> conversations().open(w.threadA())));
        assertEquals("message.threadNotFound", refused.getKey());
        assertEquals("message.threadNotFound", assertThrows(Refusal.class, () -> RunAs.user(w.couple().email2(),
                () -> conversations().send(w.threadA(), "Let me in", key()))).getKey());
        assertEquals(1, messages(w.threadA()), "nothing added by B");
        assertEquals(2, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_MESSAGES' AND outcome = 'DENIED'"
                + " AND target_id = ?", String.valueOf(w.threadA())), "both attempts are on record");

        ThreadSummary forTherapist = RunAs.user(w.therapist(), () -> conversations().forCouple(w.couple().id())).stream()
                .filter(t -> t.id() == w.threadA()).findFirst().orElseThrow();
        assertEquals(1, forTherapist.unread());
        ThreadDetails read = RunAs.user(w.therapist(), () -> conversations().open(w.threadA()));
        assertEquals("Only for you:\nI feel alone.", read.messages().get(0).body(), "line breaks kept");
        assertEquals(0, RunAs.user(w.therapist(), () -> conversations().forCouple(w.couple().id())).stream()
                .filter(t -> t.id() == w.threadA()).findFirst().orElseThrow().unread(), "read now");
        ThreadDetails aSees = RunAs.user(w.couple().email1(), () -> conversations().open(w.threadA()));
        assertTrue(aSees.messages().get(0).mine());
        assertEquals(1, aSees.messages().get(0).seenBy().size(), "seen by the therapist");
        assertTrue(aSees.canWrite());
        assertTrue(aSees.secretsPolicy() != null, "her own thread shows the policy she consented to");
        assertNull(RunAs.user(w.couple().email1(), () -> conversations().open(w.joint())).secretsPolicy());
        assertTrue(Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_MESSAGES' AND outcome = 'SUCCESS'"
                + " AND target_id = ? AND actor = ?", String.valueOf(w.threadA()), w.therapist()) >= 1, "the therapist's view is audited");
    }

    @Test
    void aDoubleTapOrARetrySendsOneMessage() throws Exception {
        World w = world();
        String key = key();
        long first = RunAs.user(w.couple().email1(), () -> conversations().send(w.joint(), "See you Tuesday", key));
        long again = RunAs.user(w.couple().email1(), () -> conversations().send(w.joint(), "See you Tuesday", key));
        assertEquals(first, again);
        assertEquals(1, messages(w.joint()));
        assertEquals("message.retry", assertThrows(Refusal.class, () -> RunAs.user(w.couple().email1(),
                () -> conversations().send(w.threadA(), "See you Tuesday", key))).getKey(), "a key belongs to one message");
        RunAs.user(w.couple().email2(), () -> conversations().send(w.joint(), "Me too", key));
        assertEquals(2, messages(w.joint()), "the same key from the other partner is another message");
    }

    @Test
    void emptyOverlongAndControlCharacterTextIsRefusedOnItsFieldAndStoresNothing() throws Exception {
        World w = world();
        for (String bad : List.of("", "   \n ", "a".repeat(4001), "bell\u0007")) {
            InvalidInput invalid = assertThrows(InvalidInput.class,
                    () -> RunAs.user(w.couple().email1(), () -> conversations().send(w.joint(), bad, key())));
            assertEquals("body", invalid.getProblems().get(0).field());
        }
        assertEquals(0, messages(w.joint()));
        RunAs.user(w.couple().email1(), () -> conversations().send(w.joint(), "x".repeat(4000), key()));
        assertEquals(1, messages(w.joint()), "4,000 characters are fine");
    }

    @Test
    void aBlockedScreeningClosesTheJointThreadOnlyForEveryone() throws Exception {
        World w = world();
        RunAs.user(w.therapist(), () -> Deployed.boundary(SafetyScreenings.class)
                .record(w.couple().partner2(), Screening.CONCERNS, LocalDate.now(), "flag"));
        assertEquals("message.readOnly.PAUSED", assertThrows(Refusal.class,
                () -> RunAs.user(w.couple().email1(), () -> conversations().send(w.joint(), "Hello", key()))).getKey(),
                "a partner is told it is read-only for now, not why");
        assertEquals("message.readOnly.JOINT_WORK_BLOCKED", assertThrows(Refusal.class,
                () -> RunAs.user(w.therapist(), () -> conversations().send(w.joint(), "Hello", key()))).getKey());
        ThreadDetails joint = RunAs.user(w.couple().email1(), () -> conversations().open(w.joint()));
        assertFalse(joint.canWrite());
        assertEquals(ThreadAccess.ReadOnly.PAUSED, joint.readOnly());
        assertEquals(ThreadAccess.ReadOnly.JOINT_WORK_BLOCKED,
                RunAs.user(w.therapist(), () -> conversations().open(w.joint())).readOnly());
        RunAs.user(w.couple().email2(), () -> conversations().send(w.threadB(), "Can we talk alone?", key()));
        RunAs.user(w.therapist(), () -> conversations().send(w.threadB(), "Yes.", key()));
        assertEquals(2, messages(w.threadB()), "the own threads stay open");
        assertEquals(0, messages(w.joint()));
    }

    @Test
    void aDischargedCasesThreadsStayReadableAndTakeNothingNew() throws Exception {
        World w = world();
        RunAs.user(w.couple().email1(), () -> conversations().send(w.joint(), "Thank you for everything", key()));
        long version = Deployed.number("SELECT version FROM couple WHERE id = ?", w.couple().id());
        RunAs.user(w.therapist(), () -> Deployed.boundary(CaseStatusChanges.class)
                .change(w.couple().id(), version, CaseStatus.DISCHARGED, "program completed", PortalAfterClose.READ_ONLY));
        for (String who : List.of(w.couple().email1(), w.therapist())) {
            ThreadDetails joint = RunAs.user(who, () -> conversations().open(w.joint()));
            assertEquals(1, joint.messages().size(), who);
            assertEquals(ThreadAccess.ReadOnly.DISCHARGED, joint.readOnly());
            assertEquals("message.readOnly.DISCHARGED", assertThrows(Refusal.class,
                    () -> RunAs.user(who, () -> conversations().send(w.threadA(), "One more", key()))).getKey());
        }
    }

    @Test
    void aWithdrawnMessageKeepsItsTextOnRecordAndTheDatabaseKeepsEveryMessage() throws Exception {
        World w = world();
        long id = RunAs.user(w.couple().email1(), () -> conversations().send(w.joint(), "Sent too soon", key()));
        assertEquals("message.notFound", assertThrows(Refusal.class,
                () -> RunAs.user(w.couple().email2(), () -> { conversations().withdraw(id, 0); return null; })).getKey(),
                "only its author");
        RunAs.user(w.couple().email1(), () -> conversations().withdraw(id, 0));
        MessageRow shown = RunAs.user(w.couple().email2(), () -> conversations().open(w.joint())).messages().get(0);
        assertTrue(shown.withdrawn());
        assertNull(shown.body(), "the page shows that it was withdrawn, not what it said");
        assertEquals("Sent too soon", Deployed.text("SELECT body FROM message WHERE id = ?", id), "the record keeps it");
        assertThrows(Exception.class, () -> Deployed.update("UPDATE message SET body = 'rewritten' WHERE id = ?", id));
        assertThrows(Exception.class, () -> Deployed.update("UPDATE message SET body = 'sent too soon' WHERE id = ?", id),
                "not even a change the collation would call equal");
        assertThrows(Exception.class, () -> Deployed.update("UPDATE message SET author_name = 'Someone else' WHERE id = ?", id));
        assertThrows(Exception.class, () -> Deployed.update("DELETE FROM message WHERE id = ?", id));
        assertEquals("Sent too soon", Deployed.text("SELECT body FROM message WHERE id = ?", id));
    }

    @Test
    void anAdminSeesThatThreadsExistAndHowFullNeverWhatTheySay() throws Exception {
        World w = world();
        RunAs.user(w.couple().email1(), () -> conversations().send(w.threadA(), "Private", key()));
        List<ThreadSummary> counts = RunAs.user("admin@demo.test", () -> conversations().forCouple(w.couple().id()));
        assertEquals(1, counts.stream().filter(t -> t.id() == w.threadA()).findFirst().orElseThrow().messages());
        assertTrue(counts.stream().allMatch(t -> t.unread() == 0 && t.lastAt() == null), "how many, not when");
        assertEquals("message.threadNotFound", assertThrows(Refusal.class,
                () -> RunAs.user("admin@demo.test", () -> conversations().open(w.threadA()))).getKey());
        assertEquals("case.notFound", assertThrows(Refusal.class,
                () -> RunAs.user("omar@demo.test", () -> conversations().forCouple(w.couple().id()))).getKey(),
                "another therapist: as for a missing couple");
    }

    @Test
    void aWaitingMessageIsToldOfByEmailAtMostHourlyNeverAtNightNeverWithItsTextOrAName() throws Exception {
        World w = world();
        TestCouple c = w.couple();
        // a zone where it is the middle of the night now: the server's own round (every 15 minutes, at
        // the real time) tells these partners nothing while the test runs; the test runs rounds in their day
        int offset = Math.floorMod(3 - ZonedDateTime.now(ZoneOffset.UTC).getHour(), 24);
        ZoneOffset zone = ZoneOffset.ofHours(offset > 12 ? offset - 24 : offset);
        Deployed.update("UPDATE partner SET time_zone = ? WHERE couple_id = ?", zone.getId(), c.id());
        LocalDate day = LocalDate.now(zone).plusDays(40);
        int a = Inbox.count(c.email1());
        int b = Inbox.count(c.email2());

        RunAs.user(w.therapist(), () -> conversations().send(w.threadA(), "Private words for Robin only", key()));
        RunAs.user(w.therapist(), () -> conversations().send(w.joint(), "Joint words for both", key()));
        roundAt(day.atTime(7, 30).atZone(zone).toInstant());
        Inbox.staysAt(c.email1(), a, "nothing before 08:00 in the partner's zone");
        Inbox.staysAt(c.email2(), b, "nothing before 08:00 in the partner's zone");

        roundAt(day.atTime(9, 0).atZone(zone).toInstant());
        Inbox.awaitCount(c.email1(), a + 2);
        Inbox.awaitCount(c.email2(), b + 1);
        Inbox.staysAt(c.email1(), a + 2, "one e-mail for each thread with something unread: A's own and the joint one");
        Inbox.staysAt(c.email2(), b + 1, "B is told of the joint thread only");
        List<String> mails = new java.util.ArrayList<>(Inbox.texts(c.email1()).subList(a, a + 2));
        mails.addAll(Inbox.texts(c.email2()).subList(b, b + 1));
        for (String mail : mails) {
            assertTrue(mail.contains("You have a new message from your therapist at Reconnect"), mail);
            assertTrue(mail.contains("/portal/messages.xhtml?thread="), mail);
            for (String secret : List.of("Private words", "Joint words", "Robin", "Kai", "Test")) {
                assertFalse(mail.contains(secret), "never the text, never a name: " + secret + " in " + mail);
            }
        }
        assertTrue(Inbox.texts(c.email2()).get(b).contains("thread=" + w.joint()), "B's e-mail is about the joint thread");

        RunAs.user(w.therapist(), () -> conversations().send(w.threadA(), "A second private line", key()));
        roundAt(day.atTime(9, 30).atZone(zone).toInstant());
        Inbox.staysAt(c.email1(), a + 2, "at most one e-mail an hour for a thread");
        roundAt(day.atTime(10, 5).atZone(zone).toInstant());
        Inbox.awaitCount(c.email1(), a + 3);
        assertTrue(Inbox.texts(c.email1()).get(a + 2).contains("thread=" + w.threadA()));
        Inbox.staysAt(c.email2(), b + 1, "nothing new for B");

        RunAs.user(c.email1(), () -> conversations().send(w.joint(), "From Robin to both", key()));
        RunAs.user(c.email1(), () -> conversations().open(w.threadA()));
        roundAt(day.atTime(11, 10).atZone(zone).toInstant());
        Inbox.awaitCount(c.email2(), b + 2);
        assertTrue(Inbox.texts(c.email2()).get(b + 1).contains("from your partner at Reconnect"));
        Inbox.staysAt(c.email1(), a + 3, "not told of one's own message");

        RunAs.user(w.therapist(), () -> conversations().send(w.joint(), "Both of you, read this", key()));
        RunAs.user(c.email2(), () -> conversations().open(w.joint()));
        RunAs.user(c.email1(), () -> Deployed.boundary(HomeworkLog.class).setReminders(false));
        roundAt(day.atTime(12, 20).atZone(zone).toInstant());
        Inbox.staysAt(c.email2(), b + 2, "B has read it already");
        Inbox.staysAt(c.email1(), a + 3, "A turned reminder e-mails off");
        assertEquals(5, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'REMINDER_SENT' AND couple_id = ?"
                + " AND target_type = 'MESSAGE_THREAD'", c.id()));
    }

    private static void roundAt(Instant when) throws Exception {
        RunAs.user("admin@demo.test", () -> Deployed.boundary(Reminders.class).sendDue(when));
    }

    @Test
    void theInboxPutsUnreadFirstAcrossTheCaseloadAndTheSearchStaysWithTheTherapistsOwnCouples() throws Exception {
        World w = world();
        TestCouple other = Fixtures.activeCouple(w.therapist());
        long otherJoint = RunAs.user(w.therapist(), () -> conversations().forCouple(other.id())).get(0).id();
        RunAs.user(w.therapist(), () -> conversations().send(w.joint(), "Homework 50% done_ok", key()));
        long tried = RunAs.user(other.email1(), () -> conversations().send(otherJoint, "We tried the daily talk at 10 pm, too", key()));

        List<InboxRow> inbox = RunAs.user(w.therapist(), () -> inbox().inbox(null));
        assertEquals(List.of(otherJoint, w.joint()), inbox.stream().map(InboxRow::threadId).toList(),
                "threads with a message only, the unread one first");
        assertEquals(1, inbox.get(0).unread());
        assertEquals(0, inbox.get(1).unread(), "what one wrote oneself is not unread");
        assertEquals(List.of(w.joint()), RunAs.user(w.therapist(), () -> inbox().inbox(w.couple().id())).stream()
                .map(InboxRow::threadId).toList(), "narrowed to one couple");

        List<MessageHit> hits = RunAs.user(w.therapist(), () -> inbox().search("DAILY talk", null));
        assertEquals(List.of(tried), hits.stream().map(MessageHit::messageId).toList(), "case does not matter");
        assertEquals(1, RunAs.user(w.therapist(), () -> inbox().search("_o", null)).size(),
                "an underscore is the character typed, not any character (else \"too\" would match as well)");
        assertEquals(1, RunAs.user(w.therapist(), () -> inbox().search("0%", null)).size(), "a per cent sign too (else \"10 pm\")");
        assertEquals(0, RunAs.user(w.therapist(), () -> inbox().search("daily talk", w.couple().id())).size());
        InvalidInput tooShort = assertThrows(InvalidInput.class, () -> RunAs.user(w.therapist(), () -> inbox().search("%", null)));
        assertEquals("search", tooShort.getProblems().get(0).field());

        String otherTherapist = Fixtures.therapist(Fixtures.uniqueEmail("messaging-other"));
        assertTrue(RunAs.user(otherTherapist, () -> inbox().search("daily talk", null)).isEmpty(), "never another's couples");
        assertTrue(RunAs.user(otherTherapist, () -> inbox().inbox(null)).isEmpty());
        assertTrue(RunAs.user(otherTherapist, () -> inbox().unreadByCouple(List.of(other.id()))).isEmpty());

        assertEquals(Map.of(other.id(), 1L), RunAs.user(w.therapist(),
                () -> inbox().unreadByCouple(List.of(w.couple().id(), other.id()))));
        assertEquals(1L, RunAs.user(other.email2(), () -> inbox().unreadMine()));
        assertEquals(0L, RunAs.user(other.email1(), () -> inbox().unreadMine()), "one's own message is not unread");
        assertEquals(1L, RunAs.user(w.couple().email1(), () -> inbox().unreadMine()), "the therapist's joint message");

        RunAs.user(other.email1(), () -> conversations().withdraw(tried, 0));
        assertTrue(RunAs.user(w.therapist(), () -> inbox().search("daily talk", null)).isEmpty(),
                "a withdrawn message's text is on record, not in the search");
        assertTrue(Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_MESSAGES' AND actor = ?"
                + " AND detail LIKE 'message search%'", w.therapist()) >= 5, "every search is audited");
    }

    @Test
    void theOfficeHoursShownWithMessagesArePlainTextAnAdminSets() throws Exception {
        ClinicSettings settings = Deployed.boundary(ClinicSettings.class);
        String before = settings.officeHours();
        long version = RunAs.user("admin@demo.test", () -> settings.values().officeHoursVersion());
        for (String bad : List.of("", "  ", "x".repeat(201), "Mon\nTue", "<b>9-5</b>")) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> RunAs.user("admin@demo.test", () -> {
                settings.changeOfficeHours(bad, version);
                return null;
            }), bad);
            assertEquals("officeHours", refused.getProblems().get(0).field());
        }
        assertEquals(before, settings.officeHours(), "nothing changed");
        try {
            RunAs.user("admin@demo.test", () -> {
                settings.changeOfficeHours("  Weekdays, 8:30 to 16:00  ", version);
                return null;
            });
            assertEquals("Weekdays, 8:30 to 16:00", settings.officeHours());
            assertEquals("edit.conflict", assertThrows(Refusal.class, () -> RunAs.user("admin@demo.test", () -> {
                settings.changeOfficeHours("Never", version);
                return null;
            })).getKey(), "a page opened before the change");
        } finally {
            RunAs.user("admin@demo.test", () -> {
                settings.changeOfficeHours(before, settings.values().officeHoursVersion());
                return null;
            });
        }
    }

    @Test
    void twoTabsSendingAtOnceBothLandInOrderAndADoubleTapRaceSendsOnce() throws Exception {
        World w = world();
        java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.Callable<Long> first = () -> {
                together.await();
                return RunAs.user(w.couple().email1(), () -> conversations().send(w.joint(), "From the first tab", key()));
            };
            java.util.concurrent.Callable<Long> second = () -> {
                together.await();
                return RunAs.user(w.couple().email1(), () -> conversations().send(w.joint(), "From the second tab", key()));
            };
            List<java.util.concurrent.Future<Long>> sent = tabs.invokeAll(List.of(first, second));
            long a = sent.get(0).get();
            long b = sent.get(1).get();
            assertTrue(a != b, "two messages");
            List<MessageRow> shown = RunAs.user(w.therapist(), () -> conversations().open(w.joint())).messages();
            assertEquals(List.of(Math.min(a, b), Math.max(a, b)), shown.stream().map(MessageRow::id).toList(), "both, in the order they landed");

            String key = key();
            java.util.concurrent.Callable<Long> tap = () -> {
                together.await();
                return RunAs.user(w.couple().email2(), () -> conversations().send(w.joint(), "Tapped twice", key));
            };
            List<java.util.concurrent.Future<Long>> taps = tabs.invokeAll(List.of(tap, tap));
            assertEquals(taps.get(0).get(), taps.get(1).get(), "a double tap racing itself finds the first message");
            assertEquals(1, Deployed.number("SELECT COUNT(*) FROM message WHERE thread_id = ? AND body = 'Tapped twice'", w.joint()));
        } finally {
            tabs.shutdownNow();
        }
    }
}
