package org.reconnect.shared.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.assessment.boundary.AnswerForm;
import org.reconnect.assessment.boundary.AssessmentPlans;
import org.reconnect.assessment.boundary.AssessmentTaking;
import org.reconnect.assessment.boundary.PlanForm;
import org.reconnect.assessment.entity.Recurrence;
import org.reconnect.couple.boundary.IntakeForm;
import org.reconnect.couple.boundary.IntakeResult;
import org.reconnect.homework.boundary.EntryForm;
import org.reconnect.homework.boundary.HomeworkForm;
import org.reconnect.homework.boundary.HomeworkPlans;
import org.reconnect.homework.boundary.HomeworkLog;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.schedule.boundary.AppointmentForm;
import org.reconnect.schedule.boundary.Appointments;
import org.reconnect.testsupport.container.AssessmentFixtures;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.HomeworkFixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;
import org.reconnect.testsupport.container.SessionFixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One-time submission keys: a form that creates something, sent again with its key (a retry after
 * a commit whose answer was lost, a double tap, two at once), gets what the first submission made,
 * and nothing is stored or audited twice. A new form (a new key) creates anew; a key used for
 * another kind of thing, or malformed, is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionsIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(SubmissionsIT.class);
    }

    private static HomeworkLog log() {
        return Deployed.boundary(HomeworkLog.class);
    }

    private static EntryForm moment(long assignment, String text) {
        EntryForm form = new EntryForm();
        form.setAssignmentId(assignment);
        form.setBidBy(BidBy.ME);
        form.setResponse(BidResponse.TURNED_TOWARD);
        form.setText(text);
        return form;
    }

    private static long entries(long assignment) throws Exception {
        return Deployed.number("SELECT COUNT(*) FROM homework_entry WHERE assignment_id = ?", assignment);
    }

    @Test
    void anEntrySentAgainWithItsKeyIsStoredAndAuditedOnce() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long moments = HomeworkFixtures.assign(Fixtures.HOMEWORK_THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);
        EntryForm form = moment(moments, "A cup of tea, unasked.");
        long first = RunAs.user(c.email1(), () -> log().log(form));
        long again = RunAs.user(c.email1(), () -> log().log(form));
        assertEquals(first, again, "the second submission gets the entry the first one made");
        assertEquals(1, entries(moments));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ENTRY_LOGGED' AND target_id = ?",
                String.valueOf(first)));

        // a new form is a new entry
        long second = RunAs.user(c.email1(), () -> log().log(moment(moments, "A hand on the shoulder.")));
        assertNotEquals(first, second);
        assertEquals(2, entries(moments));

        // the other partner's form with the same key is the other partner's own
        EntryForm hers = moment(moments, "She asked about my day.");
        hers.setSubmissionKey(form.getSubmissionKey());
        long theirs = RunAs.user(c.email2(), () -> log().log(hers));
        assertNotEquals(first, theirs);
        assertEquals(3, entries(moments));
    }

    @Test
    void twoSubmissionsOfOneFormAtOnceStoreOneEntry() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long moments = HomeworkFixtures.assign(Fixtures.HOMEWORK_THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);
        EntryForm form = moment(moments, "Two taps on Save.");
        CountDownLatch go = new CountDownLatch(1);
        Callable<Long> send = () -> {
            go.await();
            return RunAs.user(c.email1(), () -> log().log(form));
        };
        // threads made here, so that they carry the deployment's class loader (and its security domain)
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Long> one = threads.submit(send);
            java.util.concurrent.Future<Long> two = threads.submit(send);
            go.countDown();
            assertEquals(one.get(), two.get(), "both get the one entry");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, entries(moments));
    }

    @Test
    void aBookingAndAnAddendumSentAgainAreMadeOnce() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("submissions"));
        TestCouple c = Fixtures.activeCouple(therapist);
        AppointmentForm booking = SessionFixtures.form(c.id(), null, SessionFixtures.now().plusDays(3).withHour(9).withMinute(0), 50);
        Appointments appointments = Deployed.boundary(Appointments.class);
        long booked = RunAs.user(therapist, () -> appointments.book(booking));
        assertEquals(booked, (long) RunAs.user(therapist, () -> appointments.book(booking)),
                "the same form books nothing more (and is not refused as an overlap with itself)");
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM appointment WHERE couple_id = ? AND starts_at > NOW()", c.id()));

        long note = SessionFixtures.draftNote(therapist, c.id());
        SessionNotes notes = Deployed.boundary(SessionNotes.class);
        RunAs.user(therapist, () -> notes.sign(note, SessionFixtures.noteVersion(note), SessionFixtures.soap("They talked."),
                PASSWORD.toCharArray()));
        String key = Submissions.newKey();
        for (int i = 0; i < 2; i++) {
            RunAs.user(therapist, () -> {
                notes.addAddendum(note, "Started ten minutes late.", PASSWORD.toCharArray(), key);
                return null;
            });
        }
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM note_addendum WHERE note_id = ?", note));

        // a key used for one kind of thing is refused for another, and nothing is stored
        AppointmentForm reused = SessionFixtures.form(c.id(), null, SessionFixtures.now().plusDays(4).withHour(9).withMinute(0), 50);
        reused.setSubmissionKey(key);
        assertEquals("submission.retry", assertThrows(Refusal.class, () -> RunAs.user(therapist, () -> appointments.book(reused))).getKey());
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM appointment WHERE couple_id = ? AND starts_at > NOW()", c.id()));
    }

    @Test
    void aFormRefusedKeepsItsKeyFreeForTheCorrectedForm() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long moments = HomeworkFixtures.assign(Fixtures.HOMEWORK_THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);
        EntryForm form = moment(moments, "Refused first.");
        form.setBidBy(null);
        assertThrows(InvalidInput.class, () -> RunAs.user(c.email1(), () -> log().log(form)));
        assertEquals(0, entries(moments));
        form.setBidBy(BidBy.ME);
        long entry = RunAs.user(c.email1(), () -> log().log(form));
        assertEquals(1, entries(moments), "the corrected form, with the same key, is stored");
        assertEquals(entry, Deployed.number("SELECT result_id FROM submission WHERE submission_key = ?", form.getSubmissionKey()));
    }

    @Test
    void aMalformedKeyIsRefusedAndStoresNothing() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long moments = HomeworkFixtures.assign(Fixtures.HOMEWORK_THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);
        for (String bad : List.of("", "short", "x".repeat(65), "<script>alert(1)</script>", "key with spaces")) {
            EntryForm form = moment(moments, "Refused.");
            form.setSubmissionKey(bad);
            assertEquals("submission.retry", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> log().log(form))).getKey(), bad);
        }
        assertEquals(0, entries(moments));
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM submission WHERE submission_key = 'short'"));
    }

    @Test
    void anEntrySentAgainWithOtherContentIsRefusedAndTheFirstStays() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long moments = HomeworkFixtures.assign(Fixtures.HOMEWORK_THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);
        EntryForm form = moment(moments, "As first sent.");
        long first = RunAs.user(c.email1(), () -> log().log(form));
        form.setText("Edited after the answer was lost.");
        assertEquals("submission.changed", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> log().log(form))).getKey(),
                "the edit is not answered as if it had been saved");
        form.setResponse(BidResponse.TURNED_AWAY);
        form.setText("As first sent.");
        assertEquals("submission.changed", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> log().log(form))).getKey(),
                "a changed choice counts as much as a changed text");
        form.setResponse(BidResponse.TURNED_TOWARD);
        assertEquals(first, (long) RunAs.user(c.email1(), () -> log().log(form)), "the form as first sent gets its entry");
        assertEquals(1, entries(moments));
        assertEquals("As first sent.", Deployed.text("SELECT text FROM homework_entry WHERE id = ?", first));
    }

    @Test
    void homeworkAQuestionnairePlanAndAnIntakeSentAgainAreMadeOnce() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("submissions"));
        TestCouple c = Fixtures.activeCouple(therapist);
        HomeworkPlans homework = Deployed.boundary(HomeworkPlans.class);
        HomeworkForm talk = RunAs.user(therapist, () -> homework.draft(c.id(), HomeworkType.DAILY_TALK));
        long assigned = RunAs.user(therapist, () -> homework.assign(c.id(), talk));
        assertEquals(assigned, (long) RunAs.user(therapist, () -> homework.assign(c.id(), talk)));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM homework_assignment WHERE couple_id = ? AND type = 'DAILY_TALK'", c.id()));
        talk.setTitle("Another title");
        assertEquals("submission.changed", assertThrows(Refusal.class,
                () -> RunAs.user(therapist, () -> homework.assign(c.id(), talk))).getKey());
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM homework_assignment WHERE couple_id = ? AND type = 'DAILY_TALK'", c.id()));

        AssessmentPlans assessments = Deployed.boundary(AssessmentPlans.class);
        PlanForm plan = new PlanForm();
        plan.setInstrumentId(AssessmentFixtures.instrumentId("connection-check"));
        plan.setRecurrence(Recurrence.ONCE);
        plan.setFirstDue(LocalDate.now());
        long planned = RunAs.user(therapist, () -> assessments.assign(c.id(), plan));
        assertEquals(planned, (long) RunAs.user(therapist, () -> assessments.assign(c.id(), plan)));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM assessment_plan WHERE couple_id = ?", c.id()));
        assertEquals(2, Deployed.number("SELECT COUNT(*) FROM assessment_administration WHERE couple_id = ?", c.id()),
                "one questionnaire for each partner, not two");

        String admin = Fixtures.admin(Fixtures.uniqueEmail("submissions-admin"));
        IntakeForm intake = Fixtures.intakeForm();
        IntakeResult opened = Fixtures.openCase(admin, intake);
        IntakeResult again = Fixtures.openCase(admin, intake);
        assertEquals(opened.coupleId(), again.coupleId());
        assertEquals(opened.caseNumber(), again.caseNumber());
        assertTrue(again.openedBefore() && again.invitations().isEmpty() && !opened.openedBefore(),
                "the second answer says the case was opened before, and sends no invitation again");
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'CASE_OPENED' AND couple_id = ?",
                opened.coupleId()));
        assertEquals(2, Deployed.number("SELECT COUNT(*) FROM partner WHERE couple_id = ?", opened.coupleId()));
    }

    @Test
    void keysOlderThanAWeekArePurgedAndNewerOnesKept() throws Exception {
        long account = Deployed.number("SELECT id FROM user_account WHERE email = 'alex@demo.test'");
        String old = Submissions.newKey();
        String recent = Submissions.newKey();
        Deployed.update("INSERT INTO submission (account_id, submission_key, kind, submitted_at)"
                + " VALUES (?, ?, 'ENTRY', NOW(6) - INTERVAL 8 DAY)", account, old);
        Deployed.update("INSERT INTO submission (account_id, submission_key, kind, submitted_at)"
                + " VALUES (?, ?, 'ENTRY', NOW(6) - INTERVAL 6 DAY)", account, recent);
        assertTrue(RunAs.user(Fixtures.admin(Fixtures.uniqueEmail("purge")), () -> Deployed.boundary(SubmissionPurge.class).purge()) >= 1);
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM submission WHERE submission_key = ?", old));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM submission WHERE submission_key = ?", recent));
        Deployed.update("DELETE FROM submission WHERE submission_key = ?", recent);
    }

    @Test
    void answersSubmittedAgainAreSubmittedOnceAndAnEditedResendIsRefused() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("submissions"));
        TestCouple c = Fixtures.activeCouple(therapist);
        long plan = AssessmentFixtures.assignOnce(therapist, c.id(), "connection-check", c.partner1(), false);
        long mine = AssessmentFixtures.administration(plan, c.partner1());
        AssessmentTaking taking = Deployed.boundary(AssessmentTaking.class);
        AnswerForm form = RunAs.user(c.email1(), () -> taking.open(mine));
        java.util.Map<String, Integer> answers = AssessmentFixtures.connectionCheck(3);
        long submitted = RunAs.user(c.email1(), () -> taking.save(mine, form.getVersion(), form.getInstrumentVersion(), answers, true,
                form.getSubmissionKey()));
        assertEquals(submitted, (long) RunAs.user(c.email1(), () -> taking.save(mine, form.getVersion(), form.getInstrumentVersion(),
                answers, true, form.getSubmissionKey())), "sent again, the submission is answered as the first was, not refused");
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ASSESSMENT_SUBMITTED' AND target_id = ?",
                String.valueOf(mine)));
        java.util.Map<String, Integer> edited = AssessmentFixtures.connectionCheck(1);
        assertEquals("submission.changed", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> taking.save(mine,
                form.getVersion(), form.getInstrumentVersion(), edited, true, form.getSubmissionKey()))).getKey());
        // without the key, a second submission is what it always was: refused, the questionnaire being closed
        assertEquals("assessment.alreadySubmitted", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> taking.save(mine,
                form.getVersion(), form.getInstrumentVersion(), answers, true, Submissions.newKey()))).getKey());
    }
}
