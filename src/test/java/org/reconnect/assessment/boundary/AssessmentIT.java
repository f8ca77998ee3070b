package org.reconnect.assessment.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.assessment.control.ReliableChange;
import org.reconnect.assessment.entity.Recurrence;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Submissions;
import org.reconnect.testsupport.container.AssessmentFixtures;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assessments through the real boundaries as real users: definitions checked before anything is
 * stored, versions that keep old scores, answers bound to one partner, server-side required
 * items, immutable submissions (in the database too), entered in error, sharing, audit, and the
 * flags on the caseload.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    private static final String THERAPIST = Fixtures.HOMEWORK_THERAPIST;
    private static final String ADMIN = "admin@demo.test";
    private static final String CHECK = "connection-check";

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(AssessmentIT.class);
    }

    private static Instruments instruments() {
        return Deployed.boundary(Instruments.class);
    }

    private static AssessmentTaking taking() {
        return Deployed.boundary(AssessmentTaking.class);
    }

    private static AssessmentResults results() {
        return Deployed.boundary(AssessmentResults.class);
    }

    private static AssessmentPlans plans() {
        return Deployed.boundary(AssessmentPlans.class);
    }

    /** Two items on 0..2 summed (b reversed when asked), bands 0–1 and 2–4. */
    static String definition(String code, int version, boolean reverseB) {
        return """
                {"code": "%s", "version": %d, "title": "IT %s", "licence": "written for the tests",
                 "direction": "higher-is-better",
                 "scale": [{"value": 0, "label": "no"}, {"value": 1, "label": "some"}, {"value": 2, "label": "yes"}],
                 "items": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"%s}],
                 "total": {"method": "sum"},
                 "bands": [{"from": 0, "to": 1, "label": "Low", "severity": "moderate"},
                           {"from": 2, "to": 4, "label": "High", "severity": "none"}],
                 "reliability": 0.8, "normativeSd": 1, "discrepancyThreshold": 2}
                """.formatted(code, version, code, reverseB ? ", \"reverse\": true" : "");
    }

    private static String uniqueCode() {
        return "it-" + Long.toString(System.nanoTime(), 36);
    }

    private static long stored() throws SQLException {
        return Deployed.number("SELECT COUNT(*) FROM instrument");
    }

    private static List<String> uploadProblems(String text) throws Exception {
        long before = stored();
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> RunAs.user(ADMIN, () -> instruments().upload(text)));
        assertEquals(before, stored(), "a faulty definition stores nothing");
        return invalid.getProblems().stream().map(InvalidInput.Problem::message).toList();
    }

    @Test
    void everyFaultOfADefinitionIsNamedAndNothingIsStored() throws Exception {
        String good = definition(uniqueCode(), 1, false);

        assertEquals(List.of("Band 2 overlaps band 1."),
                uploadProblems(good.replace("{\"from\": 2, \"to\": 4", "{\"from\": 1, \"to\": 4")));
        assertEquals(List.of("There is a gap between band 1 (ends at 1) and band 2 (starts at 3)."),
                uploadProblems(good.replace("{\"from\": 2, \"to\": 4", "{\"from\": 3, \"to\": 4")));
        assertEquals(List.of("The bands do not reach up to the highest possible total, 4."),
                uploadProblems(good.replace("\"to\": 4", "\"to\": 3")));
        assertTrue(uploadProblems(good.replaceFirst("\"scale\": \\[[^]]*],", "").replace("{\"id\": \"a\", \"text\": \"A\"}",
                "{\"id\": \"q7\", \"text\": \"A\"}")).contains(
                "item q7 has no options (give it options, or give the instrument a scale)."));
        assertEquals(List.of("item b is reverse-scored, but its options have no range to reverse against."),
                uploadProblems(good.replace("{\"id\": \"b\", \"text\": \"B\"}",
                        "{\"id\": \"b\", \"text\": \"B\", \"reverse\": true, \"options\": [{\"value\": 1, \"label\": \"x\"}, {\"value\": 1, \"label\": \"y\"}]}")
                        .replace("\"to\": 4", "\"to\": 3")).stream().filter(m -> m.contains("reverse")).toList());
        assertTrue(uploadProblems("{]").get(0).startsWith("The file is not valid JSON (line 1, column "));
        assertEquals(List.of("licence is missing."), uploadProblems(good.replace("\"licence\": \"written for the tests\",", "")));
        assertEquals(List.of("The reliability must be between 0 and 1 (exclusive)."),
                uploadProblems(good.replace("\"reliability\": 0.8", "\"reliability\": 1")));

        // a therapist may not upload at all
        assertThrows(EJBAccessException.class, () -> RunAs.user(Fixtures.homeworkTherapist(), () -> instruments().upload(good)));
    }

    @Test
    void aChangedInstrumentNeedsANewVersionAndOldResponsesKeepTheirScores() throws Exception {
        String code = uniqueCode();
        Instruments.Loaded first = RunAs.user(ADMIN, () -> instruments().upload(definition(code, 1, false)));
        assertTrue(first.added());
        assertFalse(RunAs.user(ADMIN, () -> instruments().upload(definition(code, 1, false))).added(),
                "the same definition again stores nothing");
        assertEquals(List.of("Version 1 of " + code + " is already stored with other content."
                        + " A changed instrument needs a new version number above 1."),
                uploadProblems(definition(code, 1, true)));

        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long planV1 = AssessmentFixtures.assignOnce(THERAPIST, c.id(), code, c.partner1(), false);
        long answeredV1 = AssessmentFixtures.administration(planV1, c.partner1());
        AssessmentFixtures.submit(c.email1(), answeredV1, Map.of("a", 2, "b", 0));

        // version 2 reverses b; the old response keeps version 1 and its score
        assertTrue(RunAs.user(ADMIN, () -> instruments().upload(definition(code, 2, true))).added());
        assertEquals(List.of("Version 1 of " + code + " is already stored with other content."
                + " A changed instrument needs a new version number above 2."), uploadProblems(definition(code, 1, true)
                .replace("\"IT ", "\"IT changed ")));
        long planV2 = AssessmentFixtures.assignOnce(THERAPIST, c.id(), code, c.partner1(), false);
        long answeredV2 = AssessmentFixtures.administration(planV2, c.partner1());
        AssessmentFixtures.submit(c.email1(), answeredV2, Map.of("a", 2, "b", 0));

        CoupleResults scores = RunAs.user(THERAPIST, () -> results().forCouple(c.id()));
        CoupleResults.InstrumentResults mine = scores.instruments().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow();
        assertEquals(2, mine.points().size());
        assertEquals(1, mine.points().get(0).instrumentVersion());
        assertEquals(new BigDecimal("2"), mine.points().get(0).total(), "version 1: a 2 + b 0");
        assertEquals(2, mine.points().get(1).instrumentVersion());
        assertEquals(new BigDecimal("4"), mine.points().get(1).total(), "version 2: a 2 + b reversed 2");
        assertEquals(1L, Deployed.number("SELECT i.version FROM assessment_administration a JOIN instrument i"
                + " ON i.id = a.instrument_id WHERE a.id = ?", answeredV1));
    }

    @Test
    void progressIsSavedAndEveryItemIsRequiredByTheServer() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long plan = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, null, false);
        long mine = AssessmentFixtures.administration(plan, c.partner1());

        AnswerForm form = RunAs.user(c.email1(), () -> taking().open(mine));
        assertEquals(12, form.getItems().size());
        Map<String, Integer> half = new HashMap<>();
        for (int n = 1; n <= 6; n++) {
            half.put("q" + n, 3);
        }
        long saved = RunAs.user(c.email1(), () -> taking().save(mine, form.getVersion(), form.getInstrumentVersion(), half, false, Submissions.newKey()));
        assertEquals("IN_PROGRESS", Deployed.text("SELECT status FROM assessment_administration WHERE id = ?", mine));

        // coming back: the answers are there
        AnswerForm resumed = RunAs.user(c.email1(), () -> taking().open(mine));
        assertEquals(half, resumed.getAnswers());
        assertEquals(saved, resumed.getVersion());

        // submitting half: each missing item is named, nothing changes
        InvalidInput missing = assertThrows(InvalidInput.class, () -> RunAs.user(c.email1(),
                () -> taking().save(mine, saved, resumed.getInstrumentVersion(), half, true, Submissions.newKey())));
        assertEquals(List.of("q7", "q8", "q9", "q10", "q11", "q12"),
                missing.getProblems().stream().map(InvalidInput.Problem::field).toList());
        assertEquals("Please answer question 7.", missing.getProblems().get(0).message());
        assertEquals("IN_PROGRESS", Deployed.text("SELECT status FROM assessment_administration WHERE id = ?", mine));
        assertEquals(6, Deployed.number("SELECT COUNT(*) FROM assessment_answer WHERE administration_id = ?", mine));

        RunAs.user(c.email1(), () -> taking().save(mine, saved, resumed.getInstrumentVersion(),
                AssessmentFixtures.connectionCheck(3), true, Submissions.newKey()));
        assertEquals("SUBMITTED", Deployed.text("SELECT status FROM assessment_administration WHERE id = ?", mine));
        assertEquals(12, Deployed.number("SELECT COUNT(*) FROM assessment_answer WHERE administration_id = ?", mine));
    }

    @Test
    void badAnswersAreRefusedAndStoreNothing() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        TestCouple other = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long plan = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, null, false);
        long mine = AssessmentFixtures.administration(plan, c.partner1());
        AnswerForm form = RunAs.user(c.email1(), () -> taking().open(mine));
        long version = form.getVersion();
        int instrumentVersion = form.getInstrumentVersion();

        Map<String, Integer> notAnOption = new HashMap<>(AssessmentFixtures.connectionCheck(2));
        notAnOption.put("q3", 7);
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> RunAs.user(c.email1(),
                () -> taking().save(mine, version, instrumentVersion, notAnOption, true, Submissions.newKey())));
        assertEquals("q3", invalid.getProblems().get(0).field());
        assertEquals("Choose one of the answers shown.", invalid.getProblems().get(0).message());

        Map<String, Integer> foreignItem = new HashMap<>(AssessmentFixtures.connectionCheck(2));
        foreignItem.put("q99", 1);
        assertThrows(InvalidInput.class, () -> RunAs.user(c.email1(),
                () -> taking().save(mine, version, instrumentVersion, foreignItem, true, Submissions.newKey())));

        assertEquals("assessment.instrumentChanged", assertThrows(Refusal.class, () -> RunAs.user(c.email1(),
                () -> taking().save(mine, version, instrumentVersion + 1, AssessmentFixtures.connectionCheck(2), true, Submissions.newKey()))).getKey());
        assertEquals("assessment.savedElsewhere", assertThrows(Refusal.class, () -> RunAs.user(c.email1(),
                () -> taking().save(mine, version + 5, instrumentVersion, AssessmentFixtures.connectionCheck(2), true, Submissions.newKey()))).getKey());

        // another couple's partner, with this couple's id: as if it did not exist
        assertEquals("assessment.notFound", assertThrows(Refusal.class, () -> RunAs.user(other.email1(),
                () -> taking().save(mine, version, instrumentVersion, AssessmentFixtures.connectionCheck(2), true, Submissions.newKey()))).getKey());
        assertEquals("assessment.notFound", assertThrows(Refusal.class,
                () -> RunAs.user(c.email1(), () -> taking().open(Long.MAX_VALUE))).getKey());

        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM assessment_answer WHERE administration_id = ?", mine));
        assertEquals("DUE", Deployed.text("SELECT status FROM assessment_administration WHERE id = ?", mine));
    }

    @Test
    void aPartnerCannotOpenOrAnswerTheOtherPartnersQuestionnaire() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long plan = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, null, false);
        long partner1s = AssessmentFixtures.administration(plan, c.partner1());
        long partner2s = AssessmentFixtures.administration(plan, c.partner2());
        AnswerForm form = RunAs.user(c.email1(), () -> taking().open(partner1s));

        assertEquals("assessment.notFound", assertThrows(Refusal.class,
                () -> RunAs.user(c.email2(), () -> taking().open(partner1s))).getKey());
        assertEquals("assessment.notFound", assertThrows(Refusal.class, () -> RunAs.user(c.email2(),
                () -> taking().save(partner1s, form.getVersion(), form.getInstrumentVersion(),
                        AssessmentFixtures.connectionCheck(1), true, Submissions.newKey()))).getKey());
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM assessment_answer WHERE administration_id = ?", partner1s));

        // each sees only their own to answer
        assertEquals(List.of(partner2s), RunAs.user(c.email2(), () -> taking().toAnswer()).stream()
                .map(PortalAssessments.ToAnswer::administrationId).toList());
        // admins read no answers or scores; another therapist is told the couple does not exist
        AssessmentFixtures.submit(c.email1(), partner1s, AssessmentFixtures.connectionCheck(2));
        assertThrows(EJBAccessException.class, () -> RunAs.user(ADMIN, () -> results().answers(partner1s)));
        assertThrows(EJBAccessException.class, () -> RunAs.user(ADMIN, () -> results().forCouple(c.id())));
        assertEquals("assessment.notFound", assertThrows(Refusal.class,
                () -> RunAs.user("omar@demo.test", () -> results().answers(partner1s))).getKey());
        assertEquals("case.notFound", assertThrows(Refusal.class,
                () -> RunAs.user("omar@demo.test", () -> results().forCouple(c.id()))).getKey());
        assertEquals("assessment.notFound", assertThrows(Refusal.class,
                () -> RunAs.user("director@demo.test", () -> results().answers(partner1s))).getKey(),
                "an admin who is also a therapist, but not this couple's");
    }

    @Test
    void aSubmittedResponseNeverChangesNotEvenBySql() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long plan = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, c.partner1(), false);
        long mine = AssessmentFixtures.administration(plan, c.partner1());
        AssessmentFixtures.submit(c.email1(), mine, AssessmentFixtures.connectionCheck(2));

        assertEquals("assessment.alreadySubmitted", assertThrows(Refusal.class,
                () -> RunAs.user(c.email1(), () -> taking().open(mine))).getKey());
        assertEquals("assessment.alreadySubmitted", assertThrows(Refusal.class, () -> RunAs.user(c.email1(),
                () -> taking().save(mine, 99, 1, AssessmentFixtures.connectionCheck(4), true, Submissions.newKey()))).getKey());

        assertThrows(SQLException.class,
                () -> Deployed.update("UPDATE assessment_answer SET answer_value = 4 WHERE administration_id = ?", mine));
        assertThrows(SQLException.class,
                () -> Deployed.update("DELETE FROM assessment_answer WHERE administration_id = ?", mine));
        assertThrows(SQLException.class, () -> Deployed.update(
                "INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (?, 'q13', 1)", mine));
        assertThrows(SQLException.class, () -> Deployed.update(
                "UPDATE assessment_administration SET status = 'IN_PROGRESS', submitted_at = NULL WHERE id = ?", mine));
        assertThrows(SQLException.class,
                () -> Deployed.update("DELETE FROM assessment_administration WHERE id = ?", mine));
        assertThrows(SQLException.class,
                () -> Deployed.update("UPDATE instrument SET title = 'Changed' WHERE code = ?", CHECK));
        assertEquals(24, Deployed.number("SELECT SUM(answer_value) FROM assessment_answer WHERE administration_id = ?", mine),
                "7 items at 2 and 5 reversed items at 2");
    }

    @Test
    void aResponseEnteredInErrorStaysVisibleAndStopsCounting() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long first = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, c.partner1(), false);
        long second = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, c.partner1(), false);
        long third = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, c.partner1(), false);
        long wrong = AssessmentFixtures.administration(first, c.partner1());
        AssessmentFixtures.submit(c.email1(), wrong, AssessmentFixtures.connectionCheck(4));
        AssessmentFixtures.submit(c.email1(), AssessmentFixtures.administration(second, c.partner1()),
                AssessmentFixtures.connectionCheck(1));
        AssessmentFixtures.submit(c.email1(), AssessmentFixtures.administration(third, c.partner1()),
                AssessmentFixtures.connectionCheck(3));
        // 48 -> 36: reliable deterioration while the first counts
        assertEquals(ReliableChange.Category.RELIABLE_DETERIORATION, trend(c).category());
        assertTrue(caseloadFlag(c), "and the caseload flags it");

        AnswerSheet sheet = RunAs.user(THERAPIST, () -> results().answers(wrong));
        InvalidInput blank = assertThrows(InvalidInput.class,
                () -> RunAs.user(THERAPIST, () -> results().markEnteredInError(wrong, sheet.version(), " ")));
        assertEquals("reason", blank.getProblems().get(0).field());
        assertThrows(InvalidInput.class, () -> RunAs.user(THERAPIST,
                () -> results().markEnteredInError(wrong, sheet.version(), "<b>oops</b>")));
        assertEquals("assessment.notFound", assertThrows(Refusal.class, () -> RunAs.user("omar@demo.test",
                () -> results().markEnteredInError(wrong, sheet.version(), "not mine"))).getKey());

        RunAs.user(THERAPIST, () -> results().markEnteredInError(wrong, sheet.version(), "Answered for the wrong couple."));

        AnswerSheet marked = RunAs.user(THERAPIST, () -> results().answers(wrong));
        assertTrue(marked.isEnteredInError());
        assertEquals("Answered for the wrong couple.", marked.errorReason());
        CoupleResults.InstrumentResults check = checkOf(c);
        assertEquals(3, check.points().size(), "still listed");
        assertTrue(check.points().get(0).isEnteredInError());
        // the baseline moves to 12: 12 -> 36 is a reliable improvement that crosses the cutoff
        assertEquals(new BigDecimal("12"), trend(c).baseline().total());
        assertEquals(ReliableChange.Category.RECOVERED, trend(c).category());
        assertFalse(caseloadFlag(c), "the caseload's flag follows at once");
        assertEquals("assessment.notSubmitted", assertThrows(Refusal.class, () -> RunAs.user(THERAPIST,
                () -> results().markEnteredInError(wrong, marked.version(), "again"))).getKey());
        assertThrows(SQLException.class,
                () -> Deployed.update("UPDATE assessment_administration SET status = 'SUBMITTED', error_reason = NULL,"
                        + " error_at = NULL, error_by = NULL WHERE id = ?", wrong), "entered in error is final");
    }

    private static CoupleResults.InstrumentResults checkOf(TestCouple c) throws Exception {
        return RunAs.user(THERAPIST, () -> results().forCouple(c.id())).instruments().stream()
                .filter(i -> i.code().equals(CHECK)).findFirst().orElseThrow();
    }

    private static CoupleResults.PartnerTrend trend(TestCouple c) throws Exception {
        return checkOf(c).partners().get(0);
    }

    @Test
    void everyScoreSaysOnWhichSideOfTheCutoffItLies() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long plan = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, null, true);
        long first = AssessmentFixtures.administration(plan, c.partner1());
        AssessmentFixtures.submit(c.email1(), first, AssessmentFixtures.connectionCheck(3));
        AssessmentFixtures.submit(c.email2(), AssessmentFixtures.administration(plan, c.partner2()),
                AssessmentFixtures.connectionCheck(1));
        // higher is worse, cutoff 2: a total of 4 lies above it, in the distressed range
        String code = uniqueCode();
        RunAs.user(ADMIN, () -> instruments().upload(definition(code, 1, false)
                .replace("higher-is-better", "higher-is-worse").replace("\"discrepancyThreshold\"", "\"cutoff\": 2, \"discrepancyThreshold\"")));
        long worse = AssessmentFixtures.administration(AssessmentFixtures.assignOnce(THERAPIST, c.id(), code, c.partner1(), true),
                c.partner1());
        AssessmentFixtures.submit(c.email1(), worse, Map.of("a", 2, "b", 2));

        CoupleResults results = RunAs.user(THERAPIST, () -> results().forCouple(c.id()));
        List<String> sides = results.instruments().stream().flatMap(i -> i.points().stream())
                .map(p -> p.total() + " " + p.cutoffSide().messageKey() + " " + p.cutoffSide().cutoff()).toList();
        assertEquals(List.of("36 cutoff.ABOVE.notDistressed 27.00", "12 cutoff.BELOW.distressed 27.00",
                "4 cutoff.ABOVE.distressed 2"), sides);
        assertEquals("cutoff.ABOVE.notDistressed", RunAs.user(THERAPIST, () -> results().answers(first)).cutoffSide().messageKey());
        assertEquals("cutoff.ABOVE.distressed", RunAs.user(THERAPIST, () -> results().answers(worse)).cutoffSide().messageKey());
        List<String> own = RunAs.user(c.email1(), () -> taking().mine()).results().stream()
                .flatMap(r -> r.scores().stream()).map(s -> s.cutoffSide().messageKey()).toList();
        assertEquals(List.of("cutoff.ABOVE.notDistressed", "cutoff.ABOVE.distressed"), own);

        // without a cutoff there is nothing to say
        String plain = uniqueCode();
        RunAs.user(ADMIN, () -> instruments().upload(definition(plain, 1, false)));
        long none = AssessmentFixtures.administration(AssessmentFixtures.assignOnce(THERAPIST, c.id(), plain, c.partner2(), true),
                c.partner2());
        AssessmentFixtures.submit(c.email2(), none, Map.of("a", 1, "b", 1));
        assertEquals(null, RunAs.user(THERAPIST, () -> results().answers(none)).cutoffSide());
    }

    @Test
    void partnersAreToldWhichQuestionnairesAreNotValidated() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        String code = uniqueCode();
        RunAs.user(ADMIN, () -> instruments().upload(definition(code, 1, false)
                .replace("\"direction\"", "\"validated\": true, \"direction\"")));
        long check = AssessmentFixtures.administration(AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, c.partner1(), true),
                c.partner1());
        long valid = AssessmentFixtures.administration(AssessmentFixtures.assignOnce(THERAPIST, c.id(), code, c.partner1(), true),
                c.partner1());

        Map<String, Boolean> toAnswer = new HashMap<>();
        RunAs.user(c.email1(), () -> taking().mine()).toAnswer().forEach(t -> toAnswer.put(t.title(), t.validated()));
        assertEquals(Map.of("Connection Check", false, "IT " + code, true), toAnswer);
        assertEquals(toAnswer.size(), RunAs.user(c.email1(), () -> taking().toAnswer()).stream()
                .filter(t -> t.validated() == toAnswer.get(t.title())).count(), "the home page's list says the same");
        assertFalse(RunAs.user(c.email1(), () -> taking().open(check)).isValidated());
        assertTrue(RunAs.user(c.email1(), () -> taking().open(valid)).isValidated());

        AssessmentFixtures.submit(c.email1(), check, AssessmentFixtures.connectionCheck(2));
        AssessmentFixtures.submit(c.email1(), valid, Map.of("a", 1, "b", 1));
        Map<String, Boolean> results = new HashMap<>();
        RunAs.user(c.email1(), () -> taking().mine()).results().forEach(r -> results.put(r.title(), r.validated()));
        assertEquals(Map.of("Connection Check", false, "IT " + code, true), results);
    }

    @Test
    void partnersSeeTheirOwnResultsOnlyWhileSharingIsOn() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long plan = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, null, false);
        AssessmentFixtures.submit(c.email1(), AssessmentFixtures.administration(plan, c.partner1()),
                AssessmentFixtures.connectionCheck(3));
        AssessmentFixtures.submit(c.email2(), AssessmentFixtures.administration(plan, c.partner2()),
                AssessmentFixtures.connectionCheck(1));

        assertTrue(RunAs.user(c.email1(), () -> taking().mine()).results().isEmpty(), "sharing is off");

        long version = Deployed.number("SELECT version FROM assessment_plan WHERE id = ?", plan);
        RunAs.user(THERAPIST, () -> plans().share(plan, version, true));
        PortalAssessments one = RunAs.user(c.email1(), () -> taking().mine());
        PortalAssessments two = RunAs.user(c.email2(), () -> taking().mine());
        assertEquals(List.of(new BigDecimal("36")), one.results().get(0).scores().stream().map(PortalAssessments.OwnScore::total).toList(),
                "partner 1 sees their own 36, never the other's 12");
        assertEquals(List.of(new BigDecimal("12")), two.results().get(0).scores().stream().map(PortalAssessments.OwnScore::total).toList());

        assertEquals("edit.conflict", assertThrows(Refusal.class,
                () -> RunAs.user(THERAPIST, () -> plans().share(plan, version, false))).getKey(), "a stale page");
        RunAs.user(THERAPIST, () -> plans().share(plan, version + 1, false));
        assertTrue(RunAs.user(c.email1(), () -> taking().mine()).results().isEmpty(), "sharing is off again");
    }

    @Test
    void everyReadOfAnswersOrScoresIsAudited() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long plan = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, c.partner1(), true);
        long mine = AssessmentFixtures.administration(plan, c.partner1());
        AssessmentFixtures.submit(c.email1(), mine, AssessmentFixtures.connectionCheck(2));
        RunAs.user(THERAPIST, () -> results().forCouple(c.id()));
        RunAs.user(THERAPIST, () -> results().answers(mine));
        RunAs.user(c.email1(), () -> taking().mine());
        assertThrows(Refusal.class, () -> RunAs.user(c.email2(), () -> taking().open(mine)));

        assertEquals(1, audited(c, "ASSESSMENT_ASSIGNED", THERAPIST, "SUCCESS"));
        assertEquals(1, audited(c, "ASSESSMENT_SUBMITTED", c.email1(), "SUCCESS"));
        assertEquals(1, audited(c, "VIEW_SCORES", THERAPIST, "SUCCESS"));
        assertEquals(1, audited(c, "VIEW_ANSWERS", THERAPIST, "SUCCESS"));
        assertEquals(1, audited(c, "VIEW_SCORES", c.email1(), "SUCCESS"), "the partner's own shared results");
        assertEquals(1, Deployed.number("""
                SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_ANSWERS' AND actor = ? AND outcome = 'DENIED'
                AND target_id = ?""", c.email2(), String.valueOf(mine)), "the other partner's attempt");
    }

    private static long audited(TestCouple c, String action, String actor, String outcome) throws SQLException {
        return Deployed.number("SELECT COUNT(*) FROM audit_event WHERE couple_id = ? AND action = ? AND actor = ? AND outcome = ?",
                c.id(), action, actor, outcome);
    }

    @Test
    void theCaseloadFlagsDeteriorationAndCountsOverdueQuestionnaires() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long baseline = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, c.partner1(), false);
        long latest = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, c.partner1(), false);
        AssessmentFixtures.submit(c.email1(), AssessmentFixtures.administration(baseline, c.partner1()),
                AssessmentFixtures.connectionCheck(3));
        AssessmentFixtures.submit(c.email1(), AssessmentFixtures.administration(latest, c.partner1()),
                AssessmentFixtures.connectionCheck(1));
        // every two weeks from five days ago: the first is overdue for both, the rest are not due yet
        AssessmentFixtures.assign(THERAPIST, c.id(), "step-pulse", null, Recurrence.WEEKS, 2, 3,
                LocalDate.now().minusDays(5), false);

        AssessmentFigures.Flags flags = RunAs.user(THERAPIST,
                () -> Deployed.boundary(AssessmentFigures.class).forCouples(List.of(c.id()))).get(c.id());
        assertTrue(flags.isDeteriorated(), "36 -> 12 is a reliable deterioration");
        assertEquals(2, flags.overdue());

        // not for another therapist
        assertTrue(RunAs.user("omar@demo.test",
                () -> Deployed.boundary(AssessmentFigures.class).forCouples(List.of(c.id()))).isEmpty());
        // admins see counts only
        AssessmentFigures.Counts counts = RunAs.user(ADMIN, () -> Deployed.boundary(AssessmentFigures.class).byTherapist())
                .get(Fixtures.therapistId(THERAPIST));
        assertTrue(counts.overdue() >= 2 && counts.completed() >= 2 && counts.asked() >= 4, counts.toString());
    }

    @Test
    void theCaseloadHeaderCountsEveryFlaggedRowAlsoInIntake() throws Exception {
        String therapist = Fixtures.therapist(Fixtures.uniqueEmail("header-count"));
        TestCouple c = Fixtures.activeCouple(therapist);
        long baseline = AssessmentFixtures.assignOnce(therapist, c.id(), CHECK, c.partner1(), false);
        long latest = AssessmentFixtures.assignOnce(therapist, c.id(), CHECK, c.partner1(), false);
        AssessmentFixtures.submit(c.email1(), AssessmentFixtures.administration(baseline, c.partner1()),
                AssessmentFixtures.connectionCheck(3));
        AssessmentFixtures.submit(c.email1(), AssessmentFixtures.administration(latest, c.partner1()),
                AssessmentFixtures.connectionCheck(1));
        Deployed.update("UPDATE couple SET status = 'INTAKE' WHERE id = ?", c.id());

        AssessmentFigures figures = Deployed.boundary(AssessmentFigures.class);
        assertTrue(RunAs.user(therapist, () -> figures.forCouples(List.of(c.id()))).get(c.id()).isDeteriorated(),
                "the couple's row is flagged");
        assertEquals(1, RunAs.user(therapist, figures::caseloadSummary).getDeterioratedCount(),
                "and the header above the list counts it");
    }

    @Test
    void deteriorationFromResponsesStoredInAnotherWayIsWorkedOutWhenTheServerStarts() throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long plan = AssessmentFixtures.assignOnce(THERAPIST, c.id(), CHECK, c.partner1(), false);
        long instrument = AssessmentFixtures.instrumentId(CHECK);
        // as the demo clinic or an older version left them: two answered responses, 48 then 12, no flag
        for (int answer : new int[] {4, 1}) {
            Deployed.update("""
                    INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on,
                        status, created_at, created_by, changed_at, changed_by)
                    VALUES (?, ?, ?, ?, CURRENT_DATE, CURRENT_DATE, 'IN_PROGRESS', NOW(6), 'it', NOW(6), 'it')""",
                    plan, c.id(), c.partner1(), instrument);
            long id = Deployed.number("SELECT MAX(id) FROM assessment_administration WHERE couple_id = ?", c.id());
            for (Map.Entry<String, Integer> item : AssessmentFixtures.connectionCheck(answer).entrySet()) {
                Deployed.update("INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (?, ?, ?)",
                        id, item.getKey(), item.getValue());
            }
            Deployed.update("UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = NOW(6) - INTERVAL ? DAY"
                    + " WHERE id = ?", answer, id);
        }
        assertFalse(caseloadFlag(c), "not worked out yet");

        UserTransaction transaction = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        DeteriorationFlags flags = Deployed.bean(DeteriorationFlags.class);
        int worked;
        do {
            transaction.begin();
            worked = flags.fillMissing();
            transaction.commit();
        } while (worked == DeteriorationFlags.BATCH);

        assertTrue(caseloadFlag(c), "worked out as the server does when it starts");
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM couple_assessment_flag WHERE couple_id = ?", c.id()));
    }

    /** Whether the therapist's caseload row of the couple carries the deterioration flag. */
    private static boolean caseloadFlag(TestCouple c) throws Exception {
        AssessmentFigures.Flags flags = RunAs.user(THERAPIST,
                () -> Deployed.boundary(AssessmentFigures.class).forCouples(List.of(c.id()))).get(c.id());
        return flags != null && flags.isDeteriorated();
    }
}
