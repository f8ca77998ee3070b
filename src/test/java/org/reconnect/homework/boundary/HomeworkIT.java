package org.reconnect.homework.boundary;

import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.HomeworkFixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Homework through the real boundaries as real users: who reads which entries, the safety gate
 * on joint homework, the 24-hour lock, lost updates, bad input, and the audit of every read.
 */
@ExtendWith(ArquillianExtension.class)
class HomeworkIT {

    private static final String THERAPIST = Fixtures.HOMEWORK_THERAPIST;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(HomeworkIT.class);
    }

    private static HomeworkPlans plans() {
        return Deployed.boundary(HomeworkPlans.class);
    }

    private static HomeworkLog log() {
        return Deployed.boundary(HomeworkLog.class);
    }

    private static PortalEntries entries() {
        return Deployed.boundary(PortalEntries.class);
    }

    private static HomeworkReview review() {
        return Deployed.boundary(HomeworkReview.class);
    }

    static long logText(String partner, long assignment, String text, Integer rating) throws Exception {
        EntryForm form = new EntryForm();
        form.setAssignmentId(assignment);
        form.setText(text);
        form.setRating(rating);
        return RunAs.user(partner, () -> log().log(form));
    }

    @Test
    void anAnswerRevealedToBothIsListedAsLockedNotOfferedForChange() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long date = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.EMOTIONAL_DATE, null, Visibility.REVEAL_WHEN_BOTH);
        long mine = logDate(c.email1(), date, 8);
        EntryRow before = RunAs.user(c.email1(), () -> entries().entryRows(PageRequest.firstPage(10))).stream()
                .filter(e -> e.id() == mine).findFirst().orElseThrow();
        assertTrue(before.editable(), "alone, it can still be changed");

        logDate(c.email2(), date, 7);

        EntryRow after = RunAs.user(c.email1(), () -> entries().entryRows(PageRequest.firstPage(10))).stream()
                .filter(e -> e.id() == mine).findFirst().orElseThrow();
        assertFalse(after.editable(), "both answered: no link to a page that would refuse it");
        assertTrue(after.revealed());
        assertEquals("entry.revealed", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> log().edit(mine))).getKey());
    }

    @Test
    void everyPartnerHasAPrivateJournalThatIsNobodysHomework() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long journal = RunAs.user(c.email1(), () -> log().myJournal());
        assertEquals(journal, (long) RunAs.user(c.email1(), () -> log().myJournal()), "one journal, opened once");
        assertTrue(RunAs.user(c.email2(), () -> log().myJournal()) != journal, "each partner their own");
        long entry = logText(c.email1(), journal, "Slept well, walked by the river.", 7);

        assertTrue(readable(c.email1()).stream().anyMatch(e -> e.id() == entry), "the author reads it");
        assertFalse(readable(c.email2()).stream().anyMatch(e -> e.id() == entry), "the other partner never does");
        assertTrue(RunAs.user(THERAPIST, () -> review().entryRows(c.id(), PageRequest.firstPage(100))).stream()
                .anyMatch(e -> e.id() == entry), "the therapist does");
        EntryRow mine = RunAs.user(c.email1(), () -> entries().entryRows(PageRequest.firstPage(100))).stream()
                .filter(e -> e.id() == entry).findFirst().orElseThrow();
        assertTrue(mine.privateEntry(), "marked as the author's alone");

        assertTrue(RunAs.user(c.email1(), () -> log().thisWeek()).orElseThrow().homework().stream()
                .noneMatch(h -> h.id() == journal), "not listed as homework due");
        assertTrue(RunAs.user(THERAPIST, () -> plans().list(c.id())).stream().noneMatch(h -> h.id() == journal),
                "not on the therapist's homework list");
    }

    @Test
    void whetherPhonesWereOffIsAskedNeverAssumed() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long date = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.EMOTIONAL_DATE, null, Visibility.SHARED);
        EntryForm form = new EntryForm();
        assertEquals(null, form.getPhonesOff(), "a new form has no answer");
        form.setAssignmentId(date);
        form.setMinutes(30);
        form.setRating(6);
        assertField("phonesOff", () -> RunAs.user(c.email1(), () -> log().log(form)));
        form.setPhonesOff(false);
        long entry = RunAs.user(c.email1(), () -> log().log(form));
        assertEquals(0, Deployed.number("SELECT phones_off FROM homework_entry WHERE id = ?", entry));
    }

    static long logDate(String partner, long assignment, int rating) throws Exception {
        EntryForm form = new EntryForm();
        form.setAssignmentId(assignment);
        form.setMinutes(45);
        form.setPhonesOff(true);
        form.setRating(rating);
        return RunAs.user(partner, () -> log().log(form));
    }

    private static List<EntryRow> readable(String partner) throws Exception {
        return RunAs.user(partner, () -> entries().entryRows(PageRequest.firstPage(100)));
    }

    private static Set<Long> ids(List<EntryRow> entries) {
        return entries.stream().map(EntryRow::id).collect(Collectors.toSet());
    }

    private static long entries(long couple) throws Exception {
        return Deployed.number("SELECT COUNT(*) FROM homework_entry WHERE couple_id = ?", couple);
    }

    @Test
    void aPartnerNeverReadsTheOthersPrivateEntriesOrJournal() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long shared = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.KINDNESS_PRACTICE, null, Visibility.SHARED);
        long privateOne = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.I_STATEMENT_PRACTICE, null, Visibility.PRIVATE);
        long journal = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.SELF_CARE_JOURNAL, c.partner1(), Visibility.SHARED);

        long kind = logText(c.email1(), shared, "Made breakfast.", null);
        long iStatement = logText(c.email1(), privateOne, "I feel unheard when I am interrupted.", null);
        long diary = logText(c.email1(), journal, "A quiet walk on my own.", 6);

        assertEquals(Set.of(kind, iStatement, diary), ids(readable(c.email1())), "the author reads all of their own");
        List<EntryRow> seenByPartner = readable(c.email2());
        assertEquals(Set.of(kind), ids(seenByPartner), "the partner reads the shared entry only");
        assertTrue(seenByPartner.stream().noneMatch(e -> e.text().contains("unheard") || e.text().contains("walk")));

        // not through filters or ids either
        assertEquals(0, RunAs.user(c.email2(), () -> entries().entryCount(Map.of("assignment", String.valueOf(journal)))));
        assertEquals(0, RunAs.user(c.email2(), () -> entries().entryCount(Map.of("type", "SELF_CARE_JOURNAL"))));
        assertEquals("entry.notFound", assertThrows(Refusal.class,
                () -> RunAs.user(c.email2(), () -> log().edit(diary))).getKey());
        assertEquals("homework.notFound", assertThrows(Refusal.class,
                () -> RunAs.user(c.email2(), () -> log().start(journal))).getKey(), "the journal is not theirs to log");

        // the journal stays private even when the therapist chose "shared"
        assertEquals("PRIVATE", Deployed.text("SELECT visibility FROM homework_assignment WHERE id = ?", journal));

        // the couple's therapist reads them all
        List<EntryRow> timeline = RunAs.user(THERAPIST, () -> review().entryRows(c.id(), PageRequest.firstPage(100)));
        assertEquals(Set.of(kind, iStatement, diary), ids(timeline));
    }

    @Test
    void revealWhenBothHidesTheOthersAnswerUntilOnesOwnIsSaved() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long date = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.EMOTIONAL_DATE, null, Visibility.REVEAL_WHEN_BOTH);

        long first = logDate(c.email1(), date, 8);
        assertFalse(ids(readable(c.email2())).contains(first), "hidden before partner 2 answers");
        assertEquals(0, RunAs.user(c.email2(), () -> entries().entryCount(Map.of())));

        EntryForm beforeTheOther = RunAs.user(c.email1(), () -> log().edit(first));
        assertEquals(8, beforeTheOther.getRating(), "one's own answer can be changed until the other has answered");

        long second = logDate(c.email2(), date, 6);
        assertEquals(Set.of(first, second), ids(readable(c.email2())), "revealed once partner 2 answered");
        assertEquals(Set.of(first, second), ids(readable(c.email1())));
        assertEquals("entry.revealed", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> log().edit(first))).getKey(),
                "having seen the other's answer, one's own is fixed");
        beforeTheOther.setRating(6);
        assertEquals("entry.revealed", assertThrows(Refusal.class,
                () -> RunAs.user(c.email1(), () -> log().update(beforeTheOther))).getKey());

        ReviewDetails view = RunAs.user(THERAPIST, () -> review().review(c.id())).orElseThrow();
        ReviewDetails.DateRatings ratings = view.dates().get(0);
        assertEquals(8, ratings.rating1());
        assertEquals(6, ratings.rating2(), "the therapist sees both ratings side by side");
    }

    @Test
    void adminsNeverReadEntryText() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long shared = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.KINDNESS_PRACTICE, null, Visibility.SHARED);
        logText(c.email1(), shared, "Secret-ish kindness text", null);

        assertThrows(EJBAccessException.class, () -> RunAs.user("admin@demo.test", () -> review().review(c.id())));
        assertThrows(EJBAccessException.class,
                () -> RunAs.user("admin@demo.test", () -> review().entryRows(c.id(), PageRequest.firstPage(10))));
        assertThrows(EJBAccessException.class,
                () -> RunAs.user("admin@demo.test", () -> entries().entryRows(PageRequest.firstPage(10))));
        // the director is admin and therapist, but not this couple's therapist: nothing, as if missing
        assertTrue(RunAs.user("director@demo.test", () -> review().review(c.id())).isEmpty());
        assertTrue(RunAs.user("director@demo.test", () -> review().entryRows(c.id(), PageRequest.firstPage(10))).isEmpty());
        assertEquals(0, RunAs.user("director@demo.test", () -> review().entryCount(c.id(), Map.of())));
        // what admins do get is numbers
        HomeworkFigures.Figures figures = RunAs.user("admin@demo.test",
                () -> Deployed.boundary(HomeworkFigures.class).forCouples(List.of(c.id()))).get(c.id());
        assertTrue(figures.thisWeek() != null && figures.thisWeek() > 0, "adherence this week: " + figures);
    }

    @Test
    void everyReadOfEntriesIsAudited() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long shared = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.KINDNESS_PRACTICE, null, Visibility.SHARED);
        logText(c.email1(), shared, "Thanked for dinner.", null);
        String count = "SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_ENTRIES' AND couple_id = ? AND actor = ?";

        long partnerBefore = Deployed.number(count, c.id(), c.email2());
        readable(c.email2());
        assertEquals(partnerBefore + 1, Deployed.number(count, c.id(), c.email2()));

        long ownBefore = Deployed.number(count, c.id(), c.email1());
        long own = Deployed.number("SELECT id FROM homework_entry WHERE couple_id = ?", c.id());
        RunAs.user(c.email1(), () -> log().edit(own));
        assertEquals(ownBefore + 1, Deployed.number(count, c.id(), c.email1()), "opening one's entry to change it is a read too");

        long therapistBefore = Deployed.number(count, c.id(), THERAPIST);
        RunAs.user(THERAPIST, () -> review().review(c.id()));
        RunAs.user(THERAPIST, () -> review().entryRows(c.id(), PageRequest.firstPage(10)));
        assertEquals(therapistBefore + 2, Deployed.number(count, c.id(), THERAPIST));

        long denied = Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_ENTRIES' AND outcome = 'DENIED'"
                + " AND actor = 'omar@demo.test' AND target_id = ?", String.valueOf(c.id()));
        RunAs.user("omar@demo.test", () -> review().review(c.id()));
        assertEquals(denied + 1, Deployed.number("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_ENTRIES'"
                + " AND outcome = 'DENIED' AND actor = 'omar@demo.test' AND target_id = ?", String.valueOf(c.id())),
                "an attempt on another therapist's couple is on record too");
    }

    @Test
    void jointHomeworkIsBlockedUntilTheScreeningIsCleared() throws Exception {
        long couple = Fixtures.openCase(Fixtures.homeworkTherapist()).coupleId();
        long partner1 = Deployed.number("SELECT id FROM partner WHERE couple_id = ? AND position = 1", couple);

        Refusal both = assertThrows(Refusal.class,
                () -> HomeworkFixtures.assign(THERAPIST, couple, HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED));
        assertEquals("homework.jointBlocked", both.getKey());
        Refusal together = assertThrows(Refusal.class,
                () -> HomeworkFixtures.assign(THERAPIST, couple, HomeworkType.EMOTIONAL_DATE, partner1, Visibility.SHARED));
        assertEquals("homework.jointBlocked", together.getKey(), "a date is done together, whoever it is for");
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM homework_assignment WHERE couple_id = ?", couple));

        long individual = HomeworkFixtures.assign(THERAPIST, couple, HomeworkType.I_STATEMENT_PRACTICE, partner1, Visibility.PRIVATE);
        assertTrue(individual > 0, "individual homework is allowed");
    }

    @Test
    void jointHomeworkIsPutAsideWhenANewScreeningBlocksJointWork() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long joint = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.KINDNESS_PRACTICE, null, Visibility.SHARED);
        assertEquals(1, RunAs.user(c.email2(), () -> log().thisWeek()).orElseThrow().homework().size());

        RunAs.user(THERAPIST, () -> Deployed.boundary(org.reconnect.couple.boundary.SafetyScreenings.class)
                .record(c.partner1(), org.reconnect.couple.entity.Screening.CONCERNS, java.time.LocalDate.now().minusDays(1),
                        "New concerns at the last session."));

        assertTrue(RunAs.user(c.email2(), () -> log().thisWeek()).orElseThrow().homework().isEmpty(),
                "joint homework leaves the portal");
        assertEquals("homework.notFound", assertThrows(Refusal.class,
                () -> logText(c.email2(), joint, "Still kind.", null)).getKey(), "and cannot be logged, without saying why");
        long individual = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.KINDNESS_PRACTICE, c.partner2(), Visibility.SHARED);
        assertEquals("PRIVATE", Deployed.text("SELECT visibility FROM homework_assignment WHERE id = ?", individual),
                "while joint work is blocked, individual homework stays between the partner and the therapist");
    }

    @Test
    void anEntryCanBeChangedFor24HoursThenItIsLocked() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long shared = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.KINDNESS_PRACTICE, null, Visibility.SHARED);
        long entry = logText(c.email1(), shared, "First words.", null);

        EntryForm form = RunAs.user(c.email1(), () -> log().edit(entry));
        form.setText("Better words.");
        RunAs.user(c.email1(), () -> log().update(form));
        assertEquals("Better words.", Deployed.text("SELECT text FROM homework_entry WHERE id = ?", entry));

        Deployed.update("UPDATE homework_entry SET created_at = NOW(6) - INTERVAL 25 HOUR WHERE id = ?", entry);
        assertEquals("entry.locked", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> log().edit(entry))).getKey());
        EntryForm late = new EntryForm();
        late.setEntryId(entry);
        late.setVersion(Deployed.number("SELECT version FROM homework_entry WHERE id = ?", entry));
        late.setText("Too late.");
        assertEquals("entry.locked", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> log().update(late))).getKey());
        assertEquals("Better words.", Deployed.text("SELECT text FROM homework_entry WHERE id = ?", entry));
    }

    @Test
    void twoEditsOfTheSameEntryLoseNoWrite() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long shared = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.KINDNESS_PRACTICE, null, Visibility.SHARED);
        long entry = logText(c.email1(), shared, "Original.", null);

        EntryForm phone = RunAs.user(c.email1(), () -> log().edit(entry));
        EntryForm laptop = RunAs.user(c.email1(), () -> log().edit(entry));
        phone.setText("From the phone.");
        laptop.setText("From the laptop.");
        RunAs.user(c.email1(), () -> log().update(phone));
        Refusal conflict = assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> log().update(laptop)));

        assertEquals("edit.conflict", conflict.getKey());
        assertEquals("From the phone.", Deployed.text("SELECT text FROM homework_entry WHERE id = ?", entry));
    }

    @Test
    void badInputGetsAMessageAndChangesNothing() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        TestCouple other = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long kindness = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.KINDNESS_PRACTICE, null, Visibility.SHARED);
        long date = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.EMOTIONAL_DATE, null, Visibility.REVEAL_WHEN_BOTH);
        long moments = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);
        long othersHomework = HomeworkFixtures.assign(THERAPIST, other.id(), HomeworkType.KINDNESS_PRACTICE, null, Visibility.SHARED);

        assertField("text", () -> logText(c.email1(), kindness, "   ", null));
        assertField("text", () -> logText(c.email1(), kindness, "x".repeat(4001), null));
        assertField("text", () -> logText(c.email1(), kindness, "<script>alert('x')</script>", null));
        assertField("rating", () -> logDate(c.email1(), date, 11));
        assertField("bidBy", () -> RunAs.user(c.email1(), () -> log().logMicroMoment(moments, null, BidResponse.TURNED_TOWARD)));

        EntryForm tomorrow = new EntryForm();
        tomorrow.setAssignmentId(kindness);
        tomorrow.setText("Tomorrow's kindness.");
        tomorrow.setLoggedFor(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(1));
        Refusal future = assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> log().log(tomorrow)));
        assertEquals("entry.future", future.getKey());
        EntryForm lastWeek = new EntryForm();
        lastWeek.setAssignmentId(kindness);
        lastWeek.setText("Last week's kindness.");
        lastWeek.setLoggedFor(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).minusDays(5));
        assertEquals("entry.day", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> log().log(lastWeek))).getKey());

        Refusal foreign = assertThrows(Refusal.class, () -> logText(c.email1(), othersHomework, "Not mine.", null));
        assertEquals("homework.notFound", foreign.getKey(), "another couple's assignment is like a missing one");
        assertEquals(0, entries(c.id()));
        assertEquals(0, entries(other.id()));

        assertEquals("entry.notOpen", assertThrows(Refusal.class, () -> RunAs.user(c.email1(), () -> {
            EntryForm form = log().start(kindness);
            form.setLoggedFor(form.getToday().minusDays(1));
            form.setText("Before it started.");
            return log().log(form);
        })).getKey(), "homework assigned today cannot be logged for yesterday");
        Deployed.update("UPDATE homework_assignment SET starts_on = CURRENT_DATE - INTERVAL 3 DAY WHERE id = ?", kindness);
        long yesterday = RunAs.user(c.email1(), () -> {
            EntryForm form = log().start(kindness);
            form.setLoggedFor(form.getToday().minusDays(1));
            form.setText("Logged the next morning.");
            return log().log(form);
        });
        assertTrue(yesterday > 0, "yesterday is allowed");
        assertEquals(1, entries(c.id()));
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable call) {
        InvalidInput invalid = assertThrows(InvalidInput.class, call);
        assertTrue(invalid.getProblems().stream().anyMatch(p -> p.field().equals(field) && !p.message().isBlank()),
                invalid.getProblems().toString());
    }

    @Test
    void aMicroMomentTakesTwoChoices() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long moments = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);

        long entry = RunAs.user(c.email1(), () -> log().logMicroMoment(moments, BidBy.PARTNER, BidResponse.TURNED_TOWARD));
        RunAs.user(c.email2(), () -> log().logMicroMoment(moments, BidBy.PARTNER, BidResponse.TURNED_AWAY));

        assertEquals("TURNED_TOWARD", Deployed.text("SELECT response FROM homework_entry WHERE id = ?", entry));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM homework_entry WHERE id = ? AND occurred_at IS NOT NULL", entry));
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM homework_entry WHERE id = ? AND bid_kind IS NULL", entry),
                "no kind chosen, none stored (never \"something else\")");
        PortalWeek week = RunAs.user(c.email1(), () -> log().thisWeek()).orElseThrow();
        assertEquals(moments, week.microMomentId());
        assertEquals(1, week.homework().get(0).doneThisWeek());

        ReviewDetails view = RunAs.user(THERAPIST, () -> review().review(c.id())).orElseThrow();
        ReviewDetails.Ratio partner1ThisWeek = view.towardPartner1().get(view.towardPartner1().size() - 1);
        ReviewDetails.Ratio partner2ThisWeek = view.towardPartner2().get(view.towardPartner2().size() - 1);
        assertEquals(100, partner1ThisWeek.percent(), "partner 1 turned toward the bid partner 2 made");
        assertEquals(0, partner2ThisWeek.percent(), "partner 2 turned away from the bid partner 1 made");
    }

    @Test
    void homeworkAssignedMinutesAgoIsNotSevenDaysQuiet() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long assignment = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.KINDNESS_PRACTICE, null, Visibility.SHARED);
        HomeworkFigures figures = Deployed.boundary(HomeworkFigures.class);

        assertEquals(0, RunAs.user(THERAPIST, () -> figures.forCouples(List.of(c.id()))).get(c.id()).quietCount(),
                "nothing logged yet, but the homework is minutes old");
        assertFalse(RunAs.user(THERAPIST, () -> review().review(c.id())).orElseThrow().quiet());

        // as if it had been assigned eight days ago and nothing logged since
        Deployed.update("UPDATE homework_assignment SET starts_on = starts_on - INTERVAL 8 DAY WHERE id = ?", assignment);
        assertEquals(1, RunAs.user(THERAPIST, () -> figures.forCouples(List.of(c.id()))).get(c.id()).quietCount());
        assertTrue(RunAs.user(THERAPIST, () -> review().review(c.id())).orElseThrow().quiet());
    }
}
