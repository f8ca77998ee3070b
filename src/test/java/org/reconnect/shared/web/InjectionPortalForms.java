package org.reconnect.shared.web;

import org.openqa.selenium.By;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.InjectionCorpus.Field;
import org.reconnect.testsupport.client.InjectionCoverage;
import org.reconnect.testsupport.client.InjectionCoverage.Outcome;
import org.reconnect.testsupport.client.PageSafety;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.shared.web.InjectionRun.ALL;
import static org.reconnect.shared.web.InjectionRun.MARKUP_MESSAGE;
import static org.reconnect.shared.web.InjectionRun.PLAIN;

/**
 * The partner's portal under the corpus: home shows what the therapist and the admin wrote; the
 * emotional date, daily talk and micro-moment forms (numbers and a time typed as text, tags,
 * lengths, then a spread saved); the entries; a questionnaire made of payloads, answered.
 */
final class InjectionPortalForms {

    private final InjectionRun run;
    private final Browser b;
    private final PageSafety safety;
    private final InjectionCoverage coverage;

    InjectionPortalForms(InjectionRun run) {
        this.run = run;
        this.b = run.browser;
        this.safety = run.safety;
        this.coverage = run.coverage;
    }

    void home() {
        safety.assertSafe("portal home");
        safety.assertShownIn("welcome", By.id("welcome"), "Hello, " + run.partner1.get("preferredName"));
        safety.assertShownIn("our therapist", By.id("therapistName"), run.therapistName);
        safety.assertShown("our therapist's credentials", run.therapistCredentials);
        safety.assertShown("our couple", run.partner2.get("preferredName"));
        run.homeworkTitles.values().forEach(t -> safety.assertShownIn("this week", By.id("weekList"), t));
        safety.assertShownIn("upcoming sessions", By.id("upcomingSessions"), run.futureLocation);
        safety.assertShownIn("questionnaires to answer", By.id("toAnswer"), run.instrumentTitle());
    }

    void logHomework() throws SQLException {
        emotionalDate(assignment("EMOTIONAL_DATE"));
        dailyTalk(assignment("DAILY_TALK"));
        microMoment(assignment("MICRO_MOMENT_LOG"));
    }

    private long assignment(String type) throws SQLException {
        return Long.parseLong(InjectionRun.single("SELECT id FROM homework_assignment WHERE couple_id = ? AND type = '" + type
                + "'", run.coupleId));
    }

    private void emotionalDate(long assignment) {
        String form = "portal log: entry (emotional date)";
        b.open("/portal/log.xhtml?assignment=" + assignment);
        b.waitFor(By.id("entry:save"));
        safety.assertSafe("log an emotional date");
        safety.assertShownIn("the homework's title", By.id("assignmentTitle"), run.homeworkTitles.get("EMOTIONAL_DATE"));
        safety.assertShown("the homework's instructions", run.homeworkInstructions.get("EMOTIONAL_DATE"));
        run.tap("8");
        run.tap("Yes");   // phones off: asked, never pre-filled
        Map<String, String> notANumber = Map.of("entry:minutes", ALL, "entry:prompts", ALL, "entry:text", ALL);
        run.fill(notANumber);
        b.driver().findElement(By.id("entry:save")).click();
        safety.assertMessage("minutes refused", "Minutes are a number from 1 to 600.");
        run.refused(form, "minutes refused", notANumber, Map.of("entry:minutes", ALL));

        run.fill(Map.of("entry:minutes", "45", "entry:prompts", ALL, "entry:text", ALL));
        b.driver().findElement(By.id("entry:save")).click();
        safety.assertMessage("prompts refused", "Keep the prompts to 500 characters.");
        safety.assertMessage("text refused", MARKUP_MESSAGE);
        safety.assertSafe("emotional date refused");
        coverage.submitted(form, Map.of("entry:prompts", ALL, "entry:text", ALL), Outcome.REFUSED);

        Map<String, String> values = run.spread(List.of(new Field("entry:prompts", 500), new Field("entry:text", 4000)), PLAIN);
        run.fill(values);
        b.driver().findElement(By.id("entry:save")).click();
        assertTrue(b.waitForPath("/portal/index.xhtml"), b.driver().getCurrentUrl());
        safety.assertMessage("emotional date saved", "Saved.");
        safety.assertSafe("emotional date saved");
        coverage.submitted(form, values, Outcome.STORED);
        run.entries.putAll(values);
        run.storedEntry("EMOTIONAL_DATE", "prompts", values.get("entry:prompts"));
        run.storedEntry("EMOTIONAL_DATE", "text", values.get("entry:text"));
    }

    private void dailyTalk(long assignment) {
        String form = "portal log: entry (daily talk)";
        b.open("/portal/log.xhtml?assignment=" + assignment);
        b.waitFor(By.id("entry:prompt"));
        run.tap("7");
        Map<String, String> refused = Map.of("entry:minutes", "10", "entry:prompt", ALL);
        run.fill(refused);
        b.driver().findElement(By.id("entry:save")).click();
        safety.assertMessage("prompt refused", "Keep the prompt to 200 characters.");
        run.refused(form, "daily talk refused", refused, Map.of("entry:prompt", ALL));

        Map<String, String> values = run.spread(List.of(new Field("entry:prompt", 200)), PLAIN);
        run.fill(values);
        b.driver().findElement(By.id("entry:save")).click();
        assertTrue(b.waitForPath("/portal/index.xhtml"), b.driver().getCurrentUrl());
        safety.assertSafe("daily talk saved");
        coverage.submitted(form, values, Outcome.STORED);
        run.entries.put("entry:prompt", values.get("entry:prompt"));
        run.storedEntry("DAILY_TALK", "prompt", values.get("entry:prompt"));
    }

    private void microMoment(long assignment) {
        String form = "portal moment: entry";
        b.open("/portal/moment.xhtml?assignment=" + assignment);
        b.waitFor(By.id("entry:save"));
        safety.assertSafe("a micro-moment");
        run.tap("I did");
        run.tap("Turned toward");
        // the time as a browser without a time picker takes it: text
        b.script("document.getElementById('entry:time').type = 'text';");
        run.fill(Map.of("entry:time", ALL, "entry:text", ALL));
        b.driver().findElement(By.id("entry:save")).click();
        safety.assertMessage("time refused", "Give the time as hours and minutes");
        safety.assertSafe("time refused");
        coverage.submitted(form, Map.of("entry:time", ALL), Outcome.REFUSED);

        // midnight has always passed, so the time itself is fine
        b.script("document.getElementById('entry:time').type = 'text';");
        run.fill(Map.of("entry:time", "00:00", "entry:text", ALL));
        b.driver().findElement(By.id("entry:save")).click();
        safety.assertMessage("note refused", "That is too long");
        safety.assertSafe("micro-moment refused");
        coverage.submitted(form, Map.of("entry:text", ALL), Outcome.REFUSED);

        Map<String, String> values = run.spread(List.of(new Field("entry:text", 500)), PLAIN);
        run.fill(values);
        b.driver().findElement(By.id("entry:save")).click();
        assertTrue(b.waitForPath("/portal/index.xhtml"), b.driver().getCurrentUrl());
        safety.assertMessage("micro-moment saved", "Micro-moment saved.");
        safety.assertSafe("micro-moment saved");
        coverage.submitted(form, values, Outcome.STORED);
        run.entries.put("moment", values.get("entry:text"));
        run.storedEntry("MICRO_MOMENT_LOG", "text", values.get("entry:text"));
    }

    void entries() {
        b.open("/portal/entries.xhtml");
        b.waitFor(By.id("entries:list"));
        safety.assertSafe("portal entries");
        run.entries.values().forEach(v -> safety.assertShownIn("my entries", By.id("entries:list"), v));
        run.homeworkTitles.values().forEach(t -> safety.assertShownIn("my entries", By.id("entries:list"), t));
    }

    /** The questionnaire made of payloads: every text of it shown as text; answered and submitted. */
    void questionnaire() throws SQLException {
        run.administrationId = InjectionRun.single("SELECT a.id FROM assessment_administration a JOIN partner p"
                + " ON p.id = a.partner_id WHERE a.couple_id = ? AND p.position = 1", run.coupleId);
        b.open("/portal/assessment.xhtml?id=" + run.administrationId);
        b.waitFor(By.id("questionnaire:submitAnswers"));
        safety.assertSafe("questionnaire");
        for (String part : List.of("title", "instructions", "licence", "item q1", "item q2", "option 0", "option 1")) {
            safety.assertShown("questionnaire, " + part, run.instrumentTexts.get(part));
        }
        b.script("document.querySelectorAll('fieldset.question').forEach(f => f.querySelector('input[type=radio]').click());");
        b.driver().findElement(By.id("questionnaire:submitAnswers")).click();
        assertTrue(b.waitForPath("/portal/assessments.xhtml"), b.driver().getCurrentUrl());
        safety.assertMessage("answers submitted", "Your answers are submitted.");
        safety.assertSafe("answers submitted");
    }

    void hostileAddresses() {
        run.hostileAddresses("/portal/log.xhtml?assignment=", "/portal/log.xhtml?entry=", "/portal/assessment.xhtml?id=");
        // an id that is no number gives the partner's own open micro-moment log, as no id does
        b.open("/portal/moment.xhtml?assignment=" + URLEncoder.encode(ALL, StandardCharsets.UTF_8));
        b.waitFor(By.id("entry:save"));
        safety.assertSafe("/portal/moment.xhtml with a hostile id");
    }

    /** After the therapist's feedback: the partner reads it as text. */
    void feedback() {
        b.open("/portal/entries.xhtml");
        b.waitFor(By.id("entries:list"));
        safety.assertSafe("portal entries with feedback");
        safety.assertShownIn("feedback shown to the couple", By.id("entries:list"), run.feedback);
    }
}
