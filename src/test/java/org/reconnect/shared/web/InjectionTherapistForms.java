package org.reconnect.shared.web;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.InjectionCorpus;
import org.reconnect.testsupport.client.InjectionCorpus.Field;
import org.reconnect.testsupport.client.InjectionCorpus.Payload;
import org.reconnect.testsupport.client.InjectionCoverage;
import org.reconnect.testsupport.client.InjectionCoverage.Outcome;
import org.reconnect.testsupport.client.PageSafety;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.shared.web.InjectionRun.ALL;
import static org.reconnect.shared.web.InjectionRun.DAY;
import static org.reconnect.shared.web.InjectionRun.MARKUP_MESSAGE;
import static org.reconnect.shared.web.InjectionRun.PLAIN;
import static org.reconnect.shared.web.InjectionRun.leftFirst;
import static org.reconnect.shared.web.InjectionRun.markupFirst;

/**
 * The therapist's forms under the corpus (sessions and notes apart, see
 * {@link InjectionSessionForms}): intake of a couple of one's own, the caseload search, and on
 * the run's couple the safety screening, the decision to proceed, the program, homework and a
 * questionnaire; later the feedback on an entry, an answer sheet entered in error and a pause.
 */
final class InjectionTherapistForms {

    private final InjectionRun run;
    private final Browser b;
    private final PageSafety safety;
    private final InjectionCoverage coverage;

    InjectionTherapistForms(InjectionRun run) {
        this.run = run;
        this.b = run.browser;
        this.safety = run.safety;
        this.coverage = run.coverage;
    }

    /** The same intake include as the admin's, on the therapist's page: the couple is the therapist's at once. */
    void ownIntake() throws SQLException {
        b.open("/therapist/intake.xhtml");
        Map<String, String> texts = InjectionAdminForms.intakeForm(run, "therapist intake: intake",
                "inj-own1-" + run.tag + "@browser.test", "inj-own2-" + run.tag + "@browser.test");
        String caseNumber = InjectionAdminForms.opened(b);
        safety.assertSafe("own intake done");
        run.storedCheck("SELECT reason FROM couple WHERE case_number = ?", caseNumber, texts.get("intake:reason"));
        b.driver().findElement(By.id("intake:viewCase")).click();
        assertTrue(b.waitForPath("/therapist/couple.xhtml"));
        b.waitFor(By.id("caseHeading"));
        safety.assertSafe("the therapist's own new couple");
        texts.forEach((field, value) -> safety.assertShown("own couple page, " + field, value));
    }

    void caseload() {
        b.open("/therapist/");
        for (String search : List.of(ALL, InjectionRun.beforeWildcards(run.partner2.get("fullName")))) {
            safety.setText("caseload:search", search);
            b.clickAndWait("caseload:apply");
            safety.assertSafe("caseload searched");
            coverage.submitted("therapist caseload: caseload", Map.of("caseload:search", search), Outcome.USED);
        }
        safety.assertShownIn("caseload found by a name full of payloads", By.id("caseload:table"), run.partner2.get("fullName"));
        b.driver().findElement(By.linkText(run.caseNumber)).click();
        assertTrue(b.waitForPath("/therapist/couple.xhtml"));
    }

    void couplePage() throws SQLException {
        b.waitFor(By.id("caseHeading"));
        safety.assertSafe("therapist couple page");
        for (Map<String, String> partner : List.of(run.partner1, run.partner2)) {
            partner.values().forEach(v -> safety.assertShown("therapist couple page", v));
        }
        screeningAndDecision();
        program();
        homework();

        String instrument = InjectionRun.single("SELECT id FROM instrument WHERE code = ?", run.instrumentCode);
        new Select(b.driver().findElement(By.id("assessmentForm:instrumentId"))).selectByValue(instrument);
        b.clickAndWait("assessmentForm:assignAssessment");
        safety.assertMessage("questionnaire assigned", "is assigned.");
        safety.assertSafe("questionnaire assigned");
        safety.assertShownIn("questionnaire plan", By.id("assessmentPlans"), run.instrumentTitle());
        safety.assertShown("the message names the questionnaire",
                "The questionnaire \"" + run.instrumentTitle() + "\" is assigned.");
    }

    /** A safety screening with concerns: a date that is none, then the whole corpus as its note; the decision likewise. */
    private void screeningAndDecision() {
        b.driver().findElement(By.cssSelector("[id$=':0:screen']")).click();
        b.waitFor(By.id("screeningForm:screening"));
        new Select(b.driver().findElement(By.id("screeningForm:screening"))).selectByValue("CONCERNS");
        Map<String, String> refused = Map.of("screeningForm:screenedOn_input", ALL, "screeningForm:screeningNote", ALL);
        run.fill(refused);
        b.clickAndWait("screeningForm:saveScreening");
        run.assertFieldMessage("screeningForm:screenedOn_input");
        run.refused("therapist couple: screeningForm", "screening refused", refused, Map.of("screeningForm:screenedOn_input", ALL));
        safety.setText("screeningForm:screenedOn_input", LocalDate.now().format(DAY));
        b.clickAndWait("screeningForm:saveScreening");
        safety.assertMessage("screening saved", "The screening is saved.");
        safety.assertSafe("screening saved");
        safety.assertShown("screening note", ALL);
        coverage.submitted("therapist couple: screeningForm", Map.of("screeningForm:screeningNote", ALL), Outcome.STORED);
        run.storedCheck("SELECT screening_note FROM partner WHERE couple_id = ? AND position = 1", run.coupleId, ALL);

        String twice = ALL + " " + ALL;
        safety.setText("decisionForm:decision", twice);
        b.clickAndWait("decisionForm:saveDecision");
        safety.assertMessage("decision refused", "Write down the decision");
        safety.assertSafe("decision refused");
        coverage.submitted("therapist couple: decisionForm", Map.of("decisionForm:decision", twice), Outcome.REFUSED);
        safety.setText("decisionForm:decision", ALL);
        b.clickAndWait("decisionForm:saveDecision");
        safety.assertMessage("decision recorded", "The decision is recorded.");
        safety.assertSafe("decision recorded");
        safety.assertShownIn("decision", By.id("decisionText"), ALL);
        coverage.submitted("therapist couple: decisionForm", Map.of("decisionForm:decision", ALL), Outcome.STORED);
        run.storedCheck("SELECT joint_decision FROM couple WHERE id = ?", run.coupleId, ALL);
    }

    private void program() {
        b.clickAndWait("programForm:startProgram");
        // the comment takes 500 characters (maxlength; PrimeFaces cuts a longer text): two moves carry the corpus
        List<Field> comment = List.of(new Field("programForm:comment", 500));
        Map<String, String> first = run.spread(comment, InjectionCorpus.all());
        Map<String, String> second = run.spread(comment, leftFirst(first));
        int step = 4;
        for (Map<String, String> move : List.of(first, second)) {
            b.waitFor(By.id("programForm:step"));
            new Select(b.driver().findElement(By.id("programForm:step"))).selectByValue(String.valueOf(step));
            run.fill(move);
            b.clickAndWait("programForm:moveStep");
            safety.assertMessage("moved", "The couple is now on step " + step + ".");
            safety.assertSafe("moved");
            safety.assertShownIn("steps so far", By.id("stepTimeline"), move.get("programForm:comment"));
            coverage.submitted("therapist couple: programForm", move, Outcome.STORED);
            run.storedCheck("SELECT comment FROM couple_step WHERE couple_id = ? AND step_number = " + step, run.coupleId,
                    move.get("programForm:comment"));
            step++;
        }
    }

    /** An emotional date, a daily talk and a micro-moment log: what the portal forms log later. */
    private void homework() throws SQLException {
        List<Field> fields = List.of(new Field("homeworkForm:title", 120), new Field("homeworkForm:instructions", 2000));
        List<Payload> pool = PLAIN;
        boolean first = true;
        for (String[] kind : List.of(new String[] {"EMOTIONAL_DATE", "Emotional date"},
                new String[] {"DAILY_TALK", "10-minute daily talk"}, new String[] {"MICRO_MOMENT_LOG", "Micro-moment log"})) {
            b.choose("homeworkForm:kind", kind[1]);
            b.clickAndWait("homeworkForm:fill");
            b.waitFor(By.id("homeworkForm:title"));
            if (first) {
                // the title's 120 characters hold every tag of the corpus; the instructions take all of it
                Map<String, String> refused = Map.of("homeworkForm:title",
                        InjectionCorpus.joined(InjectionCorpus.all().stream().filter(Payload::markup).toList()),
                        "homeworkForm:instructions", ALL);
                run.fill(refused);
                b.clickAndWait("homeworkForm:assign");
                safety.assertMessage("homework refused", MARKUP_MESSAGE);
                run.refused("therapist couple: homeworkForm", "homework refused", refused, refused);
                run.assertNothingStored("SELECT COUNT(*) FROM homework_assignment WHERE instructions = ?", ALL);
                first = false;
            }
            Map<String, String> values = run.spread(fields, pool);
            run.fill(values);
            b.clickAndWait("homeworkForm:assign");
            safety.assertMessage("homework assigned", "Homework assigned:");
            safety.assertSafe("homework assigned");
            safety.assertShownIn("homework list", By.id("homeworkList"), values.get("homeworkForm:title"));
            safety.assertShown("the message names the homework", "Homework assigned: " + values.get("homeworkForm:title") + ".");
            coverage.submitted("therapist couple: homeworkForm", values, Outcome.STORED);
            run.homeworkTitles.put(kind[0], values.get("homeworkForm:title"));
            run.homeworkInstructions.put(kind[0], values.get("homeworkForm:instructions"));
            String where = " FROM homework_assignment WHERE couple_id = ? AND type = '" + kind[0] + "'";
            run.storedCheck("SELECT title" + where, run.coupleId, values.get("homeworkForm:title"));
            run.storedCheck("SELECT instructions" + where, run.coupleId, values.get("homeworkForm:instructions"));
            pool = leftFirst(values, PLAIN);
        }
    }

    void homeworkReview() {
        b.open("/therapist/homework.xhtml?id=" + run.coupleId);
        b.waitFor(By.id("timeline:entries"));
        safety.assertSafe("homework review");
        safety.assertShownIn("turn-toward table", By.id("ratioTable"), run.partner1.get("preferredName"));
        run.entries.values().forEach(v -> safety.assertShownIn("entry timeline", By.id("timeline:entries"), v));
        b.waitFor(By.cssSelector("#ratioChart canvas"));

        b.driver().findElements(By.cssSelector("[id='timeline:entries'] button")).get(0).click();
        b.waitFor(By.id("feedbackForm:feedback"));
        safety.setText("feedbackForm:feedback", ALL);
        b.clickAndWait("feedbackForm:saveFeedback");
        safety.assertMessage("feedback refused", MARKUP_MESSAGE);
        safety.assertSafe("feedback refused");
        coverage.submitted("therapist homework: feedbackForm", Map.of("feedbackForm:feedback", ALL), Outcome.REFUSED);
        Map<String, String> values = run.spread(List.of(new Field("feedbackForm:feedback", 2000)), PLAIN);
        run.fill(values);
        assertTrue(b.driver().findElement(By.id("feedbackForm:shown_input")).isSelected(), "shown to the couple");
        b.clickAndWait("feedbackForm:saveFeedback");
        safety.assertMessage("feedback saved", "Feedback saved.");
        safety.assertSafe("feedback saved");
        run.feedback = values.get("feedbackForm:feedback");
        safety.assertShownIn("feedback in the timeline", By.id("timeline:entries"), run.feedback);
        coverage.submitted("therapist homework: feedbackForm", values, Outcome.STORED);
        run.storedCheck("SELECT f.text FROM homework_feedback f JOIN homework_entry e ON e.id = f.entry_id"
                + " WHERE e.couple_id = ?", run.coupleId, run.feedback);
    }

    void answerSheet() {
        b.open("/therapist/answers.xhtml?id=" + run.administrationId);
        b.waitFor(By.id("sheetTotal"));
        safety.assertSafe("answers");
        for (String part : List.of("title", "item q1", "item q2", "option 0", "subscale")) {
            safety.assertShown("answers, " + part, run.instrumentTexts.get(part));
        }
        // the reason takes 500 characters (maxlength): every tag of the corpus and more, then the rest
        List<Field> field = List.of(new Field("errorForm:reason", 500));
        Map<String, String> refused = run.spread(field, markupFirst());
        run.fill(refused);
        b.clickAndWait("errorForm:markError");
        safety.assertMessage("reason refused", MARKUP_MESSAGE);
        run.refused("therapist answers: errorForm", "reason refused", refused, refused);
        Map<String, String> reason = run.spread(field, leftFirst(refused, PLAIN));
        run.fill(reason);
        b.clickAndWait("errorForm:markError");
        b.waitFor(By.id("errorNotice"));
        safety.assertSafe("entered in error");
        safety.assertShownIn("entered in error", By.id("errorNotice"), reason.get("errorForm:reason"));
        coverage.submitted("therapist answers: errorForm", reason, Outcome.STORED);
        run.storedCheck("SELECT error_reason FROM assessment_administration WHERE id = ?", Long.parseLong(run.administrationId),
                reason.get("errorForm:reason"));
    }

    /** The couple's page once more, with the results and everything logged; then a pause, with a reason. */
    void pauseAndLookAgain() {
        b.open("/therapist/couple.xhtml?id=" + run.coupleId);
        b.waitFor(By.id("caseHeading"));
        safety.assertSafe("couple page with everything");
        run.homeworkTitles.values().forEach(t -> safety.assertShownIn("homework list", By.id("homeworkList"), t));
        safety.assertShown("questionnaire results", run.instrumentTitle());
        safety.assertShown("questionnaire results", run.instrumentTexts.get("band low"));
        run.changeStatus("therapist couple: statusForm", "Paused");
    }
}
