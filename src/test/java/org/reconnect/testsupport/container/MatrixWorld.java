package org.reconnect.testsupport.container;

import org.reconnect.couple.boundary.IntakeForm;
import org.reconnect.couple.boundary.SafetyScreenings;
import org.reconnect.couple.entity.Screening;
import org.reconnect.homework.boundary.EntryForm;
import org.reconnect.homework.boundary.HomeworkForm;
import org.reconnect.homework.boundary.HomeworkLog;
import org.reconnect.homework.boundary.HomeworkPlans;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.messaging.boundary.Conversations;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.program.boundary.Program;
import org.reconnect.testsupport.container.Fixtures.TestCouple;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The people and records of the authorization matrix, made fresh through the real boundaries:
 * couple 1 (partners A and B, treated by {@code therapist}) with one record of every kind a page or
 * a boundary method takes an id of, couple 2 (treated by {@code otherTherapist}), and the demo
 * admin. Couple 1's names, homework title, entry and note carry {@code token}, so that a result
 * that shows anything of couple 1 can be recognised. Its session note and partner A's screening
 * note carry {@code clinicalText} (for the treating therapist's eyes only), partner A's shared
 * entry {@code entryText} (the couple and their therapist), partner A's self-care journal
 * {@code journalText} (partner A and the therapist). Every login has the demo password.
 *
 * <p>Made in the container ({@link #create}); handed to a client-side test as properties.
 */
public record MatrixWorld(
        String token, String clinicalText, String entryText, String journalText, String privateMessageText,
        String admin, String therapist, String otherTherapist, String partnerA, String partnerB, String otherPartner,
        long therapistUser, long otherTherapistUser, long otherTherapistId, long otherCouple,
        long couple, String caseNumber, long partnerAId, long partnerBId,
        long assignment, long entry, long plan, long response, long openPlan, long openResponse,
        long appointment, long noteAppointment, long note, long upcoming,
        long jointThread, long threadA, long threadB, long messageA) {

    /** An id no record has: what a caller gets for it is what "not found" looks like. */
    public static final long MISSING = 999_999_999_999L;
    private static final String MISSING_CASE = "RC-0000-0";
    public static final String ADMIN = "admin@demo.test";
    public static final String INSTRUMENT = "connection-check";
    /** Couple 1's step in the program: only couple 1 is on one. */
    public static final int STEP = 3;

    /** The components that name couple 1's records: {@link #missing()} replaces them. */
    private static final Set<String> COUPLE_ONE_RECORDS = Set.of("couple", "caseNumber", "partnerAId", "partnerBId",
            "assignment", "entry", "plan", "response", "openPlan", "openResponse", "appointment", "noteAppointment", "note",
            "upcoming", "jointThread", "threadA", "threadB", "messageA");

    public static MatrixWorld create() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String clinicalText = "clinical-" + UUID.randomUUID().toString().substring(0, 8);
        String entryText = "entry-" + UUID.randomUUID().toString().substring(0, 8);
        String journalText = "journal-" + UUID.randomUUID().toString().substring(0, 8);
        String privateMessageText = "alone-" + UUID.randomUUID().toString().substring(0, 8);
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("matrix-therapist"));
        String otherTherapist = Fixtures.therapist(Fixtures.uniqueEmail("matrix-other-therapist"));
        IntakeForm form = Fixtures.intakeForm();
        form.getPartner1().setFullName("Ada " + token);
        form.getPartner2().setFullName("Ben " + token);
        TestCouple one = Fixtures.activeCouple(therapist, form);
        TestCouple two = Fixtures.activeCouple(otherTherapist);

        RunAs.user(therapist, () -> {
            // cleared again, now with a note that only the therapist may read
            Deployed.boundary(SafetyScreenings.class).record(one.partner1(), Screening.CLEARED, LocalDate.now().minusDays(1),
                    "Screened, " + clinicalText);
            Deployed.boundary(Program.class).moveTo(one.id(), null, STEP, "Matrix " + token);
        });
        long assignment = momentLog(therapist, one.id(), "Moments " + token);
        momentLog(otherTherapist, two.id(), "Moments of couple 2");
        EntryForm moment = new EntryForm();
        moment.setAssignmentId(assignment);
        moment.setBidBy(BidBy.ME);
        moment.setResponse(BidResponse.TURNED_TOWARD);
        moment.setText("Noticed " + token + ", " + entryText);
        long entry = logged(one.email1(), moment);
        EntryForm journal = new EntryForm();
        journal.setAssignmentId(HomeworkFixtures.assign(therapist, one.id(), HomeworkType.SELF_CARE_JOURNAL, one.partner1(),
                Visibility.PRIVATE));
        journal.setText("Slept well, " + journalText);
        journal.setRating(7);
        logged(one.email1(), journal);

        long plan = AssessmentFixtures.assignOnce(therapist, one.id(), INSTRUMENT, one.partner1(), true);
        long response = AssessmentFixtures.administration(plan, one.partner1());
        AssessmentFixtures.submit(one.email1(), response, AssessmentFixtures.connectionCheck(2));
        long openPlan = AssessmentFixtures.assignOnce(therapist, one.id(), INSTRUMENT, one.partner1(), false);
        long openResponse = AssessmentFixtures.administration(openPlan, one.partner1());

        // four days ago, attended, no note: overdue, and a note may be started
        long appointment = SessionFixtures.book(therapist, one.id(), null, SessionFixtures.now().minusDays(4), 50);
        SessionFixtures.attended(therapist, appointment);
        long note = SessionFixtures.draftNote(therapist, one.id());
        RunAs.user(therapist, () -> Deployed.boundary(SessionNotes.class)
                .save(note, SessionFixtures.noteVersion(note), SessionFixtures.soap("Talked, " + token + ", " + clinicalText)));
        long noteAppointment = Deployed.number("SELECT appointment_id FROM session_note WHERE id = ?", note);
        long upcoming = SessionFixtures.book(therapist, one.id(), null, SessionFixtures.now().plusDays(3), 50);

        // the three threads, each with a message: partner A's own one holds what she tells the therapist alone
        Conversations conversations = Deployed.boundary(Conversations.class);
        RunAs.user(therapist, () -> conversations.forCouple(one.id()));
        long jointThread = thread(one.id(), "joint");
        long threadA = thread(one.id(), "partner:" + one.partner1());
        long threadB = thread(one.id(), "partner:" + one.partner2());
        RunAs.user(one.email1(), () -> conversations.send(jointThread, "Hello both, " + token, "matrix-joint-" + token));
        long messageA = RunAs.user(one.email1(), () -> conversations.send(threadA, "Only for you, " + token + ", " + privateMessageText,
                "matrix-alone-" + token));
        RunAs.user(therapist, () -> conversations.send(threadB, "How are you, " + token + "?", "matrix-b-" + token));

        return new MatrixWorld(token, clinicalText, entryText, journalText, privateMessageText, ADMIN, therapist, otherTherapist, one.email1(),
                one.email2(), two.email1(), userId(therapist), userId(otherTherapist), Fixtures.therapistId(otherTherapist), two.id(),
                one.id(), Deployed.text("SELECT case_number FROM couple WHERE id = ?", one.id()), one.partner1(),
                one.partner2(), assignment, entry, plan, response, openPlan, openResponse, appointment, noteAppointment,
                note, upcoming, jointThread, threadA, threadB, messageA);
    }

    private static long thread(long couple, String key) throws Exception {
        return Deployed.number("SELECT id FROM message_thread WHERE couple_id = ? AND thread_key = ?", couple, key);
    }

    /** A micro-moment log for both partners, shared, open from today. */
    private static long momentLog(String therapist, long couple, String title) throws Exception {
        HomeworkPlans plans = Deployed.boundary(HomeworkPlans.class);
        return RunAs.user(therapist, () -> {
            HomeworkForm form = plans.draft(couple, HomeworkType.MICRO_MOMENT_LOG);
            form.setTitle(title);
            form.setPartnerId(null);
            form.setVisibility(Visibility.SHARED);
            form.setEndsOn(null);
            return plans.assign(couple, form);
        });
    }

    private static long logged(String partner, EntryForm entry) throws Exception {
        return RunAs.user(partner, () -> Deployed.boundary(HomeworkLog.class).log(entry));
    }

    private static long userId(String email) throws Exception {
        return Deployed.number("SELECT id FROM user_account WHERE email = ?", email);
    }

    /** A text of couple 1 that only some principals may read. */
    public record Secret(String what, String text, Predicate<Principal> reads) {
    }

    /** Couple 1's texts that only some may read: no page or answer shows them to anyone else. */
    public List<Secret> secrets() {
        return List.of(
                new Secret("clinical text (a session or screening note)", clinicalText, Principal::readsClinicalText),
                new Secret("the text of partner A's shared entry", entryText, Principal::readsEntryText),
                new Secret("partner A's self-care journal", journalText, Principal::readsJournalText),
                new Secret("what partner A wrote to the therapist alone", privateMessageText, Principal::readsPartnerAsOwnThread));
    }

    /** The same world with every one of couple 1's ids (and its case number) replaced by one that does not exist. */
    public MatrixWorld missing() {
        return copy((name, value) -> !COUPLE_ONE_RECORDS.contains(name) ? value
                : value instanceof String ? MISSING_CASE : (Object) MISSING);
    }

    public Properties toProperties() {
        Properties properties = new Properties();
        for (RecordComponent component : MatrixWorld.class.getRecordComponents()) {
            properties.setProperty(component.getName(), String.valueOf(value(component)));
        }
        return properties;
    }

    public static MatrixWorld fromProperties(Properties properties) {
        return build((name, type) -> {
            String text = properties.getProperty(name);
            if (text == null) {
                throw new IllegalArgumentException("no " + name + " in " + properties);
            }
            return type == String.class ? text : (Object) Long.parseLong(text);
        });
    }

    @FunctionalInterface
    private interface Component {
        Object value(String name, Class<?> type);
    }

    private MatrixWorld copy(Change change) {
        return build((name, type) -> change.value(name, value(component(name))));
    }

    @FunctionalInterface
    private interface Change {
        Object value(String name, Object old);
    }

    private static MatrixWorld build(Component component) {
        RecordComponent[] components = MatrixWorld.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = component.value(components[i].getName(), types[i]);
        }
        try {
            return MatrixWorld.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordComponent component(String name) {
        return Arrays.stream(MatrixWorld.class.getRecordComponents()).filter(c -> c.getName().equals(name))
                .findFirst().orElseThrow();
    }

    private Object value(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
