package org.reconnect.shared.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.homework.boundary.EntryForm;
import org.reconnect.homework.boundary.HomeworkLog;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.schedule.boundary.AppointmentForm;
import org.reconnect.schedule.boundary.Appointments;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.HomeworkFixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;
import org.reconnect.testsupport.container.SessionFixtures;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
